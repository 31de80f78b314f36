using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>app publish --image &lt;ref&gt; --checksum &lt;sha256 digest&gt; [--price nRLC] [--volume n] [--tag t] [--*-restrict a]</c>:
/// registers the Daisee Docker app in the hub's app registry from the wallet (idempotent: the same values give
/// the same address), then signs an app order (EIP-712, as the iExec SDK does) and publishes it on the market
/// API of chain.json's <c>iexecGateway</c>, so that anyone can buy a computation with RLC. Without
/// <c>--image</c>/<c>--checksum</c>/<c>--name</c>, the <c>app</c> section of the iExec SDK's <c>iexec.json</c> in the
/// current folder gives them (<c>multiaddr</c>, <c>checksum</c>, <c>name</c>).
/// </summary>
public static class AppCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options) =>
        Create(console, options, () => new SdkProject(Directory.GetCurrentDirectory()));

    /// <summary>The verb, with the SDK project folder whose iexec.json gives the defaults.</summary>
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options, Func<SdkProject> sdkProject)
    {
        ArgumentNullException.ThrowIfNull(sdkProject);
        var image = new Option<string>("--image") { Description = "The pushed image reference, e.g. docker.io/daisee/billing:1.0.0 (default: iexec.json's app.multiaddr)." };
        var checksum = new Option<string>("--checksum") { Description = "The image digest: 0x + the 64 hex digits of sha256:… (docker inspect RepoDigests; default: iexec.json's app.checksum)." };
        var name = new Option<string>("--name") { Description = "The app's name on chain (default: iexec.json's app.name, else daisee-billing-worker)." };
        var noOrder = new Option<bool>("--no-order") { Description = "Only register the app: publish no app order." };
        var order = new OrderOptions();
        var publish = new Command("publish", "Register the Daisee app on the chain (owner: the wallet) and publish an app order on the market.") { image, checksum, name, noOrder };
        order.AddTo(publish, order.AppRestrict);
        publish.SetAction(async (parse, cancellationToken) =>
        {
            var project = sdkProject();
            var imageRef = parse.GetValue(image) ?? project.AppField("multiaddr");
            var text = (parse.GetValue(checksum) ?? project.AppField("checksum"))?.Replace("sha256:", "0x", StringComparison.Ordinal);
            if (imageRef is null || text is null)
            {
                console.MarkupLine("[red]--image and --checksum are required (or an iexec.json in this folder with app.multiaddr and app.checksum).[/]");
                return ExitCodes.Usage;
            }

            if (!Hash32.TryParse(text, out var digest))
            {
                console.MarkupLine($"[red]--checksum must be the image digest (sha256:… or 0x…, 64 hex digits); got '{Markup.Escape(text)}'.[/]");
                return ExitCodes.Usage;
            }

            var settings = options();
            var (poco, key) = await settings.ConnectSignerAsync(IexecHttp.Client, () => AskPassword(console), cancellationToken);
            var market = parse.GetValue(noOrder) ? null : OrderCommand.Market(settings, poco);
            var app = await poco.CreateAppAsync(key, parse.GetValue(name) ?? project.AppField("name") ?? "daisee-billing-worker", imageRef, digest, cancellationToken);
            console.MarkupLine($"App [blue]{app}[/] registered, owner {key.Address}. Set DAISEE_APP={app} for bill --runner iexec.");
            if (market is null)
            {
                return ExitCodes.Ok;
            }

            var appOrder = new AppOrder(app, order.PriceOf(parse), order.VolumeOf(parse), order.TagOf(parse),
                OrderOptions.AddressOf(parse, order.DatasetRestrict, Address.Zero), OrderOptions.AddressOf(parse, order.WorkerpoolRestrict, Address.Zero),
                OrderOptions.AddressOf(parse, order.RequesterRestrict, Address.Zero), OrderCommand.Salt());
            var hash = await market.PublishAsync("app", OrderSigning.Sign(appOrder, poco.Domain, key), key, cancellationToken);
            console.MarkupLine($"App order [blue]{hash}[/] published: {appOrder.AppPrice} nRLC per task, volume {appOrder.Volume}, tag {appOrder.Tag}.");
            return ExitCodes.Ok;
        });
        return new Command("app", "The Daisee iExec app.") { publish };
    }

    internal static string AskPassword(IAnsiConsole console) => console.Prompt(new TextPrompt<string>("Wallet password:").Secret());
}
