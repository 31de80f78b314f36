using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;
using TaskStatus = Daisee.Billing.Requester.Iexec.TaskStatus;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Runs the worker on iExec: packs the dataset, publishes it (storage + dataset registry, a dataset
/// order restricted to the app and the provider), takes an app and a workerpool order from the order
/// book, signs the request order, matches, polls <c>viewTask</c> until COMPLETED, downloads the result
/// and verifies it against the on-chain digest. Only a verified result is written to the output
/// folder; a refused one exits <see cref="ExitCodes.VerificationFailed"/> and writes nothing.
/// </summary>
public sealed class IexecRunner(Func<CancellationToken, Task<IexecSession>> connect, IAnsiConsole console) : IWorkerRunner
{
    /// <inheritdoc />
    public string Name => "iexec";

    /// <summary>
    /// The runner <c>--runner iexec</c> builds from the environment (<see cref="IexecOptions"/>). The wallet
    /// password is asked now, before the status display starts, unless DAISEE_WALLET_PASSWORD is set.
    /// </summary>
    public static IexecRunner FromEnvironment(IAnsiConsole console)
    {
        var options = IexecOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        var password = options.Password ?? console.Prompt(new TextPrompt<string>($"Password of the wallet {Markup.Escape(options.Wallet)}:").Secret());
        return new IexecRunner(ct => (options with { Password = password }).ConnectAsync(IexecHttp.Client, () => password, ct), console);
    }

    /// <inheritdoc />
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var session = await connect(cancellationToken);
            var dataset = await PublishDatasetAsync(session, request.Dataset, cancellationToken);
            var dealId = await MatchAsync(session, dataset, request.Arguments, cancellationToken);
            var taskId = IexecIds.TaskId(dealId, 0);
            console.MarkupLine($"Deal [blue]{dealId}[/], task [blue]{taskId}[/].");
            await WaitAsync(session, taskId, cancellationToken);
            return await PullAsync(session.Results, taskId, request.OutputFolder, cancellationToken);
        }
        catch (Exception e) when (e is TransactionRevertedException or HttpRequestException or InvalidOperationException or TimeoutException)
        {
            return new RunResult(ExitCodes.Failure, request.OutputFolder, string.Empty, e.Message);
        }
    }

    /// <summary>Pulls, verifies and (only if valid) writes the result of <paramref name="taskId"/>.</summary>
    public static async Task<RunResult> PullAsync(ResultDownloader results, Hash32 taskId, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var pulled = await results.PullAsync(taskId, cancellationToken);
        if (!pulled.Report.IsValid)
        {
            var problems = string.Join(Environment.NewLine, pulled.Report.Problems.Select(p => "  - " + p));
            return new RunResult(ExitCodes.VerificationFailed, outputFolder, string.Empty,
                $"The result of task {taskId} ({pulled.Location}) failed verification and was not written:{Environment.NewLine}{problems}");
        }

        pulled.Files.WriteTo(outputFolder);
        return new RunResult(ExitCodes.Ok, outputFolder, $"Result of task {taskId} verified: resultDigest {pulled.Report.Digest}.", string.Empty);
    }

    /// <summary>
    /// Hosts and registers the dataset. For a TEE tag the zip is encrypted (AES-256-CBC, fresh key) and,
    /// once the dataset exists on chain, its key is pushed to the SMS, which gives it only to the enclave.
    /// </summary>
    private async Task<Address> PublishDatasetAsync(IexecSession session, string datasetPath, CancellationToken cancellationToken)
    {
        var bytes = await PackAsync(datasetPath, cancellationToken);
        var tee = IexecTags.IsTee(session.Settings.Tag);
        var key = tee ? DatasetEncryption.GenerateKey() : null;
        var served = key is null ? bytes : DatasetEncryption.Encrypt(bytes, key).File.ToArray();
        var checksum = new Hash32(SHA256.HashData(served));
        var name = "daisee-" + checksum.ToString()[2..18];
        var url = await session.Storage.PublishAsync(checksum.ToString()[2..] + (tee ? ".zip.enc" : ".zip"), served, cancellationToken);
        var dataset = await session.Poco.CreateDatasetAsync(session.Requester, name, url.AbsoluteUri, checksum, cancellationToken);
        console.MarkupLine($"Dataset [blue]{dataset}[/] ({served.Length} bytes{(tee ? ", encrypted" : string.Empty)}, sha256 {checksum}) at {Markup.Escape(url.AbsoluteUri)}.");
        if (key is not null)
        {
            var sms = session.Sms ?? throw new InvalidOperationException("A TEE task needs the SMS of chain.json to receive the dataset key; this chain has none.");
            await sms.PushDatasetKeyAsync(session.Requester, dataset, key, cancellationToken);
            console.MarkupLine("Dataset key pushed to the SMS.");
        }

        return dataset;
    }

    private static async Task<byte[]> PackAsync(string datasetPath, CancellationToken cancellationToken)
    {
        if (File.Exists(datasetPath))
        {
            return await File.ReadAllBytesAsync(datasetPath, cancellationToken);
        }

        if (!Directory.Exists(datasetPath))
        {
            throw new DirectoryNotFoundException($"The dataset '{datasetPath}' is neither a folder nor a zip file.");
        }

        using var zip = new MemoryStream();
        await DatasetPackager.WriteAsync(datasetPath, zip, cancellationToken);
        return zip.ToArray();
    }

    private static async Task<Hash32> MatchAsync(IexecSession session, Address dataset, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (poco, requester, settings) = (session.Poco, session.Requester, session.Settings);
        var salt = new Hash32(RandomNumberGenerator.GetBytes(Hash32.Length));
        var datasetOrder = OrderSigning.Sign(new DatasetOrder(dataset, 0, 1, settings.Tag, settings.App, default, requester.Address, salt), poco.Domain, requester);
        var appOrder = await session.Orders.GetAppOrderAsync(settings.App, requester.Address, settings.Tag, cancellationToken);
        var poolOrder = await session.Orders.GetWorkerpoolOrderAsync(settings.Category, settings.App, dataset, requester.Address, settings.Tag, cancellationToken);
        var price = appOrder.Order.AppPrice + poolOrder.Order.WorkerpoolPrice;
        if (price > settings.MaxPrice)
        {
            throw new InvalidOperationException($"The cheapest orders cost {price} nRLC per task, more than the {settings.MaxPrice} nRLC allowed.");
        }

        var (stake, _) = await poco.ViewAccountAsync(requester.Address, cancellationToken);
        if (stake < price)
        {
            throw new InvalidOperationException($"The account {requester.Address} has {stake} nRLC in its iExec escrow; the task costs {price} nRLC: deposit RLC first (iexec account deposit).");
        }

        var parameters = JsonSerializer.Serialize(new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["iexec_args"] = string.Join(' ', arguments),
            ["iexec_result_storage_provider"] = "ipfs",
        });
        var request = new RequestOrder(settings.App, appOrder.Order.AppPrice, dataset, 0, poolOrder.Order.Workerpool, poolOrder.Order.WorkerpoolPrice,
            requester.Address, 1, settings.Tag, poolOrder.Order.Category, poolOrder.Order.Trust, requester.Address, default, parameters, salt);
        return await poco.MatchOrdersAsync(requester, appOrder, datasetOrder, poolOrder, OrderSigning.Sign(request, poco.Domain, requester), cancellationToken);
    }

    private async Task WaitAsync(IexecSession session, Hash32 taskId, CancellationToken cancellationToken)
    {
        // A monotonic stopwatch, not the wall clock: the wait is a duration, never a date.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var last = (TaskStatus)(-1);
        while (true)
        {
            var task = await session.Poco.ViewTaskAsync(taskId, cancellationToken);
            if (task.Status != last)
            {
                last = task.Status;
                console.MarkupLine($"Task {taskId}: [yellow]{task.Status.ToString().ToUpperInvariant()}[/]");
            }

            switch (task.Status)
            {
                case TaskStatus.Completed:
                    return;
                case TaskStatus.Failed:
                    throw new InvalidOperationException($"Task {taskId} FAILED (claimed after its deadline): the escrow was refunded; run the same command again.");
            }

            if (waited.Elapsed > session.Settings.Timeout)
            {
                throw new TimeoutException($"Task {taskId} is still {task.Status.ToString().ToUpperInvariant()} after {session.Settings.Timeout}; follow it with `daisee-request result pull {taskId}` later.");
            }

            await Task.Delay(session.Settings.PollInterval, cancellationToken);
        }
    }
}
