using System.CommandLine;
using System.Security.Cryptography;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>dataset publish &lt;folder|zip&gt;</c>: packs the dataset deterministically, writes it into
/// DAISEE_DATASET_FOLDER (served at DAISEE_DATASET_URL) and registers it on chain with its URL and
/// sha256. <c>bill --runner iexec</c> does the same on every run; this verb is for checking the
/// hosting once, before paying for a task. With <c>--order</c> it also signs and publishes a dataset order:
/// the dataset owner decides who may compute on it (default: only the Daisee app DAISEE_APP, only the
/// organiser's own wallet as requester).
/// </summary>
public static class DatasetCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset folder (collective.json + curves/) or its zip." };
        var withOrder = new Option<bool>("--order") { Description = "Also publish a dataset order (default: only DAISEE_APP, only this wallet as requester)." };
        var order = new OrderOptions();
        var publish = new Command("publish", "Publish a dataset: host it, check the URL serves it, register it on chain.") { dataset, withOrder };
        order.AddTo(publish, order.DatasetRestrict);
        publish.SetAction(async (parse, cancellationToken) =>
        {
            var settings = options();
            var storage = settings.DatasetFolder is { } folder && settings.DatasetUrl is { } url
                ? new FolderDatasetStorage(folder, url)
                : throw new InvalidOperationException("Set DAISEE_DATASET_FOLDER and DAISEE_DATASET_URL (docs/iexec.md).");
            var bytes = await PackAsync(parse.GetRequiredValue(dataset), cancellationToken);
            var checksum = new Hash32(SHA256.HashData(bytes));
            var location = await storage.PublishAsync(checksum.ToString()[2..] + ".zip", bytes, cancellationToken);
            var served = await IexecHttp.Client.GetByteArrayAsync(location, cancellationToken);
            if (new Hash32(SHA256.HashData(served)) != checksum)
            {
                console.MarkupLine($"[red]{Markup.Escape(location.AbsoluteUri)} does not serve the dataset just written (checksum differs): fix the web server first.[/]");
                return ExitCodes.Failure;
            }

            var (poco, key) = await settings.ConnectSignerAsync(IexecHttp.Client, () => AppCommand.AskPassword(console), cancellationToken);
            var address = await poco.CreateDatasetAsync(key, "daisee-" + checksum.ToString()[2..18], location.AbsoluteUri, checksum, cancellationToken);
            console.MarkupLine($"Dataset [blue]{address}[/] at {Markup.Escape(location.AbsoluteUri)}, sha256 {checksum}, owner {key.Address}.");
            if (!parse.GetValue(withOrder))
            {
                return ExitCodes.Ok;
            }

            if (settings.App is null && parse.GetValue(order.AppRestrict) is null)
            {
                throw new InvalidOperationException("Set DAISEE_APP (or give --app-restrict): the dataset order names the app that may compute on it.");
            }

            var app = settings.App ?? Address.Zero;
            var datasetOrder = new DatasetOrder(address, order.PriceOf(parse), order.VolumeOf(parse), order.TagOf(parse),
                OrderOptions.AddressOf(parse, order.AppRestrict, app), OrderOptions.AddressOf(parse, order.WorkerpoolRestrict, Address.Zero),
                OrderOptions.AddressOf(parse, order.RequesterRestrict, key.Address), OrderCommand.Salt());
            var hash = await OrderCommand.Market(settings, poco).PublishAsync("dataset", OrderSigning.Sign(datasetOrder, poco.Domain, key), key, cancellationToken);
            console.MarkupLine($"Dataset order [blue]{hash}[/] published: app {datasetOrder.AppRestrict}, requester {datasetOrder.RequesterRestrict}, {datasetOrder.DatasetPrice} nRLC, volume {datasetOrder.Volume}.");
            return ExitCodes.Ok;
        });
        return new Command("dataset", "Datasets on iExec.") { publish };
    }

    private static async Task<byte[]> PackAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }

        using var zip = new MemoryStream();
        await DatasetPackager.WriteAsync(path, zip, cancellationToken);
        return zip.ToArray();
    }
}
