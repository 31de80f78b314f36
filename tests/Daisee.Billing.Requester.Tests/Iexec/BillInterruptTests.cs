using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Tests.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Journal;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>
/// Ctrl+C on the real <c>daisee-request bill --runner iexec</c> process, configured only through its environment
/// (chain.json naming the shared anvil, a keystore, the loopback market and dataset host): SIGINT while it waits for
/// a task no workerpool computes → exit 130, the task id and the resume command printed, no stack trace.
/// </summary>
[Category("Integration")]
public sealed partial class BillInterruptTests
{
    [Test]
    public async Task Bill_SigintWhileWaiting_Exits130WithTheTaskIdAndNoStackTrace()
    {
        var chain = await LocalChain.GetAsync();
        var snapshot = await chain.SnapshotAsync();
        var folder = Directory.CreateTempSubdirectory("daisee-sigint-").FullName;
        using var files = new LoopbackFileServer(Directory.CreateDirectory(Path.Combine(folder, "datasets")).FullName);
        try
        {
            var environment = await ProvisionAsync(chain, files, folder);
            using var process = Start(environment, folder);
            var output = new System.Text.StringBuilder();
            var reading = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, output));
            var journal = BillJournal.For(Path.Combine(folder, "journal"), TestAccounts.Requester.Address.ToString());
            var entry = await WaitForMatchedAsync(journal, process);
            await Task.Delay(500); // let it poll the task once

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            await reading;
            var text = Whitespace().Replace(output.ToString(), " ");
            await TestContext.Out.WriteLineAsync(output.ToString());
            Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Interrupted), text);
            Assert.That(text, Does.Contain($"task {entry.TaskId} keeps running on chain").And.Contain("daisee-request bill --month 2026-06"));
            Assert.That(text, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        }
        finally
        {
            await chain.RevertAsync(snapshot);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process Start(Dictionary<string, string> environment, string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "daisee-request.dll"), "bill", "--month", "2026-06",
            "--dataset", RepositoryRoot.Combine("samples", "faulty", "clean"), "--out", Path.Combine(folder, "out"), "--runner", "iexec"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>App, workerpool, funds, the market's orders, a keystore and chain.json; returns the DAISEE_* variables.</summary>
    private static async Task<Dictionary<string, string>> ProvisionAsync(LocalChain chain, LoopbackFileServer files, string folder)
    {
        var (poco, ct) = (new PocoClient(chain.Node, chain.Deployment), CancellationToken.None);
        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "idle pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Requester.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(TestAccounts.Requester, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
        var market = new LocalMarket(files, poco);
        var orders = new LocalOrderBook(poco, workerpool, TestAccounts.AppOwner, TestAccounts.Scheduler);
        await market.PublishAsync("app", MarketOrderJson.Write(await orders.GetAppOrderAsync(app, Requester.Chain.Address.Zero, default, ct)), ct);
        await market.PublishAsync("workerpool", MarketOrderJson.Write(
            await orders.GetWorkerpoolOrderAsync(0, app, Requester.Chain.Address.Zero, Requester.Chain.Address.Zero, default, ct)), ct);
        var wallet = Path.Combine(folder, "wallet.json");
        WalletFile.Save(wallet, TestAccounts.Requester, "pw", KeystoreOptions.Light);
        var local = new JsonObject
        {
            ["id"] = "31337",
            ["host"] = chain.Anvil.Endpoint.ToString(),
            ["hub"] = chain.Deployment.Hub.ToString(),
            ["ipfsGateway"] = files.BaseAddress.ToString(),
            ["iexecGateway"] = files.BaseAddress.ToString(),
        };
        var chainFile = Path.Combine(folder, "chain.json");
        await File.WriteAllTextAsync(chainFile, new JsonObject { ["default"] = "local", ["chains"] = new JsonObject { ["local"] = local } }.ToJsonString());
        return new Dictionary<string, string>
        {
            ["DAISEE_CHAIN_FILE"] = chainFile,
            ["DAISEE_CHAIN"] = "local",
            [WalletFile.PathVariable] = wallet,
            [WalletFile.PasswordVariable] = "pw",
            ["DAISEE_APP"] = app.ToString(),
            ["DAISEE_WORKERPOOL"] = workerpool.ToString(),
            ["DAISEE_DATASET_FOLDER"] = Path.Combine(folder, "datasets"),
            ["DAISEE_DATASET_URL"] = new Uri(files.BaseAddress, "datasets/").ToString(),
            [BillJournal.FolderVariable] = Path.Combine(folder, "journal"),
        };
    }

    private static async Task<JournalEntry> WaitForMatchedAsync(BillJournal journal, Process process)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (File.Exists(journal.Path) && journal.Read() is [.., { State: JournalEntry.Matched } entry])
            {
                return entry;
            }

            Assert.That(process.HasExited, Is.False, "bill stopped before its deal was matched");
            await Task.Delay(100);
        }

        Assert.Fail("no deal matched within 60 s");
        return null!;
    }

    private static async Task Pump(StreamReader reader, System.Text.StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.Append(line).Append('\n');
            }
        }
    }

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Whitespace();
}
