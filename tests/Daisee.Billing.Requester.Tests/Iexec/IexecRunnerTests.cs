using Daisee.Billing.Requester.Tests.Chain;
using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// <c>bill --runner iexec</c> on the local stack: real PoCo on anvil, the dataset served over loopback,
/// app and workerpool orders signed by their owners, the local scheduler noticing the deal and running
/// the real worker. The provider's side is the production <see cref="IexecRunner"/>.
/// </summary>
[Category("Integration")]
public sealed class IexecRunnerTests
{
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private LoopbackFileServer _files = null!;
    private string _output = null!;
    private string _journal = null!;
    private CancellationTokenSource _timeout = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _files = new LoopbackFileServer();
        _output = Directory.CreateTempSubdirectory("daisee-iexec-out-").FullName;
        _journal = Directory.CreateTempSubdirectory("daisee-iexec-journal-").FullName;
        _timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _timeout.CancelAsync();
        _timeout.Dispose();
        _files.Dispose();
        Directory.Delete(_output, recursive: true);
        Directory.Delete(_journal, recursive: true);
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task Bill_IexecRunnerOnLocalStack_TaskCompletedResultVerifiedAndBillsShown()
    {
        using var console = new RecordingConsole();
        var session = await PrepareAsync(TestAccounts.Scheduler);
        var scheduler = RunSchedulerAsync();
        var root = new RootCommand { BillCommand.Create(console.Console, _ => new IexecRunner(_ => Task.FromResult(session), console.Console, _journal)) };

        var exit = await root.Parse(["bill", "--month", "2026-06", "--dataset", RepositoryRoot.Combine("samples", "faulty", "clean"), "--out", _output, "--runner", "iexec"]).InvokeAsync();

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), console.Text);
        var taskId = await scheduler;
        var task = await session.Poco.ViewTaskAsync(taskId, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(task.Status, Is.EqualTo(Requester.Iexec.TaskStatus.Completed));
            Assert.That(console.Text, Does.Contain(taskId.ToString()).And.Contain("COMPLETED"));
            Assert.That(ResultVerifier.Verify(ResultFiles.ReadFolder(_output), task.ResultDigest).IsValid, Is.True);
            Assert.That(File.Exists(Path.Combine(_output, "summary.json")), Is.True);
        });
        var pulled = await ResultCommand.PullAsync(console.Console, session.Results, taskId, Path.Combine(_output, "pulled"), CancellationToken.None);
        Assert.That(pulled, Is.EqualTo(ExitCodes.Ok), "result pull of the same task verifies too");
        foreach (var prm in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "faulty", "clean", "curves"), "*.csv", SearchOption.AllDirectories)
                     .Select(Path.GetFileNameWithoutExtension))
        {
            Assert.That(console.Text, Does.Contain(prm), "every member's bill is shown");
        }
    }

    [Test]
    public async Task ResultPull_ResultTamperedOnTheGateway_VerificationFailedAndNothingWritten()
    {
        using var console = new RecordingConsole();
        var session = await PrepareAsync(TestAccounts.Scheduler);
        var scheduler = RunSchedulerAsync();
        var run = await new IexecRunner(_ => Task.FromResult(session), console.Console, _journal)
            .RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), Path.Combine(_output, "first"), ["--month", "2026-06"]), CancellationToken.None);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.StandardError);
        var taskId = await scheduler;
        var files = ResultFiles.ReadZip(_files.Get("/ipfs/" + taskId));
        var victim = files.Files.Keys.First(k => k.StartsWith("bills/", StringComparison.Ordinal) || k.EndsWith(".csv", StringComparison.Ordinal));
        var tamperedFolder = Directory.CreateTempSubdirectory("daisee-tampered-").FullName;
        (files with { Files = files.Files.SetItem(victim, [.. files.Files[victim], (byte)'1']) }).WriteTo(tamperedFolder);
        _files.Put("/ipfs/" + taskId, ResultFiles.Zip(tamperedFolder));
        Directory.Delete(tamperedFolder, recursive: true);

        var exit = await ResultCommand.PullAsync(console.Console, session.Results, taskId, Path.Combine(_output, "second"), CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed));
        Assert.That(console.Text, Does.Contain(victim + " does not match the manifest"));
        Assert.That(Directory.Exists(Path.Combine(_output, "second")), Is.False, "nothing is written from a refused result");
    }

    [TestCase("traversal")]
    [TestCase("truncated")]
    public async Task ResultPull_UnsafeOrCorruptZipOnTheGateway_VerificationFailedWithTheReasonAndNothingWritten(string damage)
    {
        using var console = new RecordingConsole();
        var session = await PrepareAsync(TestAccounts.Scheduler);
        var scheduler = RunSchedulerAsync();
        var run = await new IexecRunner(_ => Task.FromResult(session), console.Console, _journal)
            .RunAsync(new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), Path.Combine(_output, "first"), ["--month", "2026-06"]), CancellationToken.None);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.StandardError);
        var taskId = await scheduler;
        var genuine = _files.Get("/ipfs/" + taskId);
        _files.Put("/ipfs/" + taskId, damage == "traversal"
            ? Results.ResultZipTests.Zip(("computed.json", "{}"u8.ToArray()), ("../../../tmp/daisee-escaped.txt", "x"u8.ToArray()))
            : genuine[..(genuine.Length - 100)]);

        var exit = await ResultCommand.PullAsync(console.Console, session.Results, taskId, Path.Combine(_output, "second"), CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), console.Text);
        Assert.That(console.Text.ReplaceLineEndings(" "), Does.Contain("The result zip is refused"));
        Assert.That(Directory.Exists(Path.Combine(_output, "second")), Is.False, "nothing is written from a refused result");
    }

    [Test]
    public async Task Bill_WorkerpoolOrderSignedByAStranger_MatchOrdersRevertReasonShown()
    {
        using var console = new RecordingConsole();
        var session = await PrepareAsync(TestAccounts.DatasetOwner);
        var request = new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), _output, ["--month", "2026-06"]);

        var exit = await BillCommand.RunAsync(console.Console, new IexecRunner(_ => Task.FromResult(session), console.Console, _journal), request, CancellationToken.None);

        Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(console.Text, Does.Contain("matchOrders reverted: "));
        TestContext.Out.WriteLine(console.Text);
    }

    [Test]
    public async Task Bill_TdxTag_DatasetEncryptedKeyPushedToTheSmsAndDealMatchedWithTheTag()
    {
        using var console = new RecordingConsole();
        var plain = await PackedSampleAsync();
        var session = (await PrepareAsync(TestAccounts.Scheduler)) with { Sms = new SmsClient(LocalChain.Http, _files.BaseAddress) };
        session = session with { Settings = session.Settings with { Tag = IexecTags.Tdx, Timeout = TimeSpan.FromSeconds(1) } };
        var request = new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), _output, ["--month", "2026-06"]);

        var run = await new IexecRunner(_ => Task.FromResult(session), console.Console, _journal).RunAsync(request, CancellationToken.None);

        var post = _files.Posts.Single();
        var dataset = Address.Parse(post.PathAndQuery.Split("secretAddress=")[1]);
        var served = _files.Get(_files.Paths.Single(p => p.EndsWith(".zip.enc", StringComparison.Ordinal)));
        Assert.Multiple(() =>
        {
            Assert.That(run.StandardError, Does.Contain("still UNSET"), "no TDX worker here: the task is matched, never started");
            Assert.That(console.Text, Does.Contain("Dataset key pushed to the SMS").And.Contain("Deal"));
            Assert.That(post.PathAndQuery, Does.StartWith("/secrets/web3?secretAddress="));
            Assert.That(post.Authorization, Is.EqualTo(SmsChallenge.Authorization(TestAccounts.Requester, SmsChallenge.ForDatasetKey(dataset, post.Body))));
            Assert.That(DatasetEncryption.Decrypt(served, post.Body), Is.EqualTo(plain), "the served file is the packed dataset under the pushed key");
            Assert.That(Directory.EnumerateFileSystemEntries(_output), Is.Empty);
        });
    }

    [Test]
    public async Task Bill_ProviderOwnsTheApp_AppOrderSelfSignedAndMatched()
    {
        using var console = new RecordingConsole();
        var session = await PrepareAsync(TestAccounts.Scheduler);
        var ownApp = await session.Poco.CreateAppAsync(TestAccounts.Requester, "daisee-own", "daisee/billing:local", Keccak256.Hash("image"), CancellationToken.None);
        session = session with
        {
            Orders = new OwnAppOrderBook(session.Poco, TestAccounts.Requester, session.Orders),
            Settings = session.Settings with { App = ownApp, Timeout = TimeSpan.FromSeconds(1) },
        };
        var request = new RunRequest(RepositoryRoot.Combine("samples", "faulty", "clean"), _output, ["--month", "2026-06"]);

        var run = await new IexecRunner(_ => Task.FromResult(session), console.Console, _journal).RunAsync(request, CancellationToken.None);

        Assert.That(console.Text, Does.Contain("Deal "), "the market's app order is signed by another owner: matchOrders would revert 0x21");
        Assert.That(run.StandardError, Does.Contain("still UNSET"));
    }

    private static async Task<byte[]> PackedSampleAsync()
    {
        using var zip = new MemoryStream();
        await Requester.Datasets.DatasetPackager.WriteAsync(RepositoryRoot.Combine("samples", "faulty", "clean"), zip, CancellationToken.None);
        return zip.ToArray();
    }

    /// <summary>App and workerpool registered, the provider (the anvil requester account) and the scheduler (its workerpool stake) funded; <paramref name="workerpoolSigner"/> signs the workerpool orders.</summary>
    private async Task<IexecSession> PrepareAsync(EthECKey workerpoolSigner)
    {
        var ct = CancellationToken.None;
        var poco = new PocoClient(_chain.Node, _chain.Deployment);
        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(TestAccounts.Requester, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
        var orders = new LocalOrderBook(poco, workerpool, TestAccounts.AppOwner, workerpoolSigner);
        var settings = IexecRunSettings.For(app) with { PollInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMinutes(2) };
        return new IexecSession(poco, TestAccounts.Requester, _files, orders, new ResultDownloader(poco, LocalChain.Http, _files.BaseAddress), settings);
    }

    private Task<Hash32> RunSchedulerAsync()
    {
        var pool = new LocalWorkerpool(_chain.Node, _chain.Deployment, _files, TestAccounts.Scheduler, TestAccounts.Worker, LocalChain.Http);
        var token = _timeout.Token;
        return Task.Run(() => LocalScheduler.RunFirstDealAsync(_chain.Node, _chain.Deployment, pool, token), token);
    }
}
