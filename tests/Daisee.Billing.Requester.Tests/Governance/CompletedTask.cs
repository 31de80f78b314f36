using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Tests.Governance;

/// <summary>
/// One month billed on the local PoCo (the real worker run by the local workerpool, finalized on chain):
/// the completed task, its view and the downloaded result. Each call is a new deal (random salt).
/// </summary>
public sealed record CompletedTask(Hash32 TaskId, TaskView Task, ResultFiles Result, byte[] Zip, Address App)
{
    public static Task<CompletedTask> RunAsync(LocalChain chain, LoopbackFileServer files, string sample, string month, CancellationToken ct) =>
        RunAsync(chain, files, Path.Combine(AnvilProcess.RepositoryRoot, sample), month, TestAccounts.Requester, ct);

    /// <summary>Bills <paramref name="datasetFolder"/> for <paramref name="month"/>, bought by <paramref name="requester"/>.</summary>
    public static async Task<CompletedTask> RunAsync(LocalChain chain, LoopbackFileServer files, string datasetFolder, string month, EthECKey requester, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(files);
        var poco = new PocoClient(chain.Node, chain.Deployment);
        using var zip = new MemoryStream();
        await DatasetPackager.WriteAsync(datasetFolder, zip, ct);
        var salt = new Hash32(RandomNumberGenerator.GetBytes(32));
        var datasetUrl = files.Put("/datasets/" + salt + ".zip", zip.ToArray());
        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var dataset = await poco.CreateDatasetAsync(TestAccounts.DatasetOwner, "dataset " + salt, datasetUrl.ToString(), ResultDigest.OfFile(zip.ToArray()), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, requester.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(requester, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);

        var domain = poco.Domain;
        var appOrder = OrderSigning.Sign(new AppOrder(app, 1, 1000, default, default, default, default, salt), domain, TestAccounts.AppOwner);
        var datasetOrder = OrderSigning.Sign(new DatasetOrder(dataset, 2, 1000, default, default, default, default, salt), domain, TestAccounts.DatasetOwner);
        var workerpoolOrder = OrderSigning.Sign(new WorkerpoolOrder(workerpool, 100, 1, default, 0, 1, default, default, default, salt), domain, TestAccounts.Scheduler);
        var request = new RequestOrder(app, 1, dataset, 2, workerpool, 100, requester.Address, 1, default, 0, 1,
            requester.Address, default, $$"""{"iexec_args":"--month {{month}}"}""", salt);
        var dealId = await poco.MatchOrdersAsync(
            requester, appOrder, datasetOrder, workerpoolOrder, OrderSigning.Sign(request, domain, requester), ct);

        var pool = new LocalWorkerpool(chain.Node, chain.Deployment, files, TestAccounts.Scheduler, TestAccounts.Worker, LocalChain.Http);
        var taskId = await pool.RunAsync(dealId, 0, ct);
        var task = await poco.ViewTaskAsync(taskId, ct);
        using var results = JsonDocument.Parse(task.ResultsText);
        var location = results.RootElement.GetProperty("location").GetString()!;
        var zipBytes = await LocalChain.Http.GetByteArrayAsync(new Uri(files.BaseAddress, location), ct);
        return new CompletedTask(taskId, task, ResultFiles.ReadZip(zipBytes), zipBytes, app);
    }

    /// <summary>The manifest's <c>rulesHash</c>, as the worker wrote it.</summary>
    public Hash32 ManifestRulesHash()
    {
        using var manifest = JsonDocument.Parse(Result.Files["manifest.json"]);
        return Hash32.Parse("0x" + manifest.RootElement.GetProperty("rulesHash").GetString());
    }
}
