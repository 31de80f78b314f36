using Daisee.Billing.Requester.Tests.Chain;
using System.Collections.Immutable;
using System.Numerics;
using System.Security.Cryptography;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Datasets;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// The whole iExec round trip on a real PoCo on anvil: assets, RLC escrow, four signed orders,
/// matchOrders, the workerpool running the real worker on samples/faulty/clean, contributeAndFinalize,
/// viewTask COMPLETED, then the result downloaded and verified against the on-chain digest.
/// </summary>
[Category("Integration")]
public sealed class RoundTripTests
{
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private LoopbackFileServer _files = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _files = new LoopbackFileServer();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _files.Dispose();
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task MatchRunAndFinalize_CleanSample_TaskCompletedAndResultVerifies()
    {
        var (taskId, task, result) = await RunOneTaskAsync();

        var report = ResultVerifier.Verify(result, task.ResultDigest);
        Assert.Multiple(() =>
        {
            Assert.That(task.Status, Is.EqualTo(Requester.Iexec.TaskStatus.Completed));
            Assert.That(task.ConsensusValue, Is.EqualTo(IexecIds.ConsensusValue(taskId, task.ResultDigest)));
            Assert.That(task.Contributors, Is.EqualTo(new[] { TestAccounts.Worker.Address }));
            Assert.That(task.ResultDigest, Is.EqualTo(ResultDigest.OfFile(result.Files["manifest.json"])));
            Assert.That(report.Problems, Is.Empty);
            Assert.That(report.IsValid, Is.True);
            Assert.That(result.Files.Keys, Has.Some.StartsWith("summary.json"));
        });
    }

    [Test]
    public async Task Verify_TamperedResultFile_RefusedNamingTheFile()
    {
        var (_, task, result) = await RunOneTaskAsync();
        var victim = result.Files.Keys.First(k => k is not ("manifest.json" or "computed.json" or "stdout.txt" or "stderr.txt"));
        var tampered = result with { Files = result.Files.SetItem(victim, [.. result.Files[victim], (byte)' ']) };

        var report = ResultVerifier.Verify(tampered, task.ResultDigest);

        Assert.That(report.IsValid, Is.False);
        Assert.That(report.Problems, Has.Some.Contains(victim + " does not match the manifest"));
    }

    [Test]
    public async Task Verify_TamperedManifest_RefusedAgainstTheChain()
    {
        var (_, task, result) = await RunOneTaskAsync();
        var manifest = System.Text.Encoding.UTF8.GetString(result.Files["manifest.json"]).Replace("\"period\"", "\"period\" ", StringComparison.Ordinal);
        var tampered = result with { Files = result.Files.SetItem("manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest)) };

        var report = ResultVerifier.Verify(tampered, task.ResultDigest);

        Assert.That(report.IsValid, Is.False);
        Assert.That(report.Problems, Has.Some.Contains("on-chain resultDigest"));
    }

    private async Task<(Hash32 TaskId, TaskView Task, ResultFiles Result)> RunOneTaskAsync()
    {
        var node = _chain.Node;
        var poco = new PocoClient(node, _chain.Deployment);
        var ct = CancellationToken.None;
        using var zip = new MemoryStream();
        await DatasetPackager.WriteAsync(Path.Combine(AnvilProcess.RepositoryRoot, "samples/faulty/clean"), zip, ct);
        var datasetUrl = _files.Put("/datasets/clean.zip", zip.ToArray());

        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var dataset = await poco.CreateDatasetAsync(TestAccounts.DatasetOwner, "clean", datasetUrl.ToString(), ResultDigest.OfFile(zip.ToArray()), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(TestAccounts.Requester, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);

        var domain = poco.Domain;
        var salt = new Hash32(RandomNumberGenerator.GetBytes(32));
        var appOrder = OrderSigning.Sign(new AppOrder(app, 1, 1000, default, default, default, default, salt), domain, TestAccounts.AppOwner);
        var datasetOrder = OrderSigning.Sign(new DatasetOrder(dataset, 2, 1000, default, default, default, default, salt), domain, TestAccounts.DatasetOwner);
        var workerpoolOrder = OrderSigning.Sign(new WorkerpoolOrder(workerpool, 100, 1, default, 0, 1, default, default, default, salt), domain, TestAccounts.Scheduler);
        var request = new RequestOrder(app, 1, dataset, 2, workerpool, 100, TestAccounts.Requester.Address, 1, default, 0, 1,
            TestAccounts.Requester.Address, default, """{"iexec_args":"--month 2026-06"}""", salt);
        var requestOrder = OrderSigning.Sign(request, domain, TestAccounts.Requester);

        var dealId = await poco.MatchOrdersAsync(TestAccounts.Requester, appOrder, datasetOrder, workerpoolOrder, requestOrder, ct);
        Assert.That(dealId, Is.EqualTo(IexecIds.DealId(OrderSigning.Hash(request, domain), BigInteger.Zero)));

        var pool = new LocalWorkerpool(node, _chain.Deployment, _files, TestAccounts.Scheduler, TestAccounts.Worker, LocalChain.Http);
        var taskId = await pool.RunAsync(dealId, 0, ct);
        var task = await poco.ViewTaskAsync(taskId, ct);
        using var results = JsonDocument.Parse(task.ResultsText);
        var location = results.RootElement.GetProperty("location").GetString()!;
        var zipBytes = await LocalChain.Http.GetByteArrayAsync(new Uri(_files.BaseAddress, location), ct);
        return (taskId, task, ResultFiles.ReadZip(zipBytes));
    }
}
