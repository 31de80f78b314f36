using System.CommandLine;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Tests.Governance;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>
/// The whole trust story on the local PoCo: a collective of three members approves the rules (two of three), the
/// organiser's <c>bill --runner iexec</c> refuses unapproved rules before any transaction, then bills and anchors the
/// month; <c>verify</c> passes every check; another wallet's run with a changed price is refused; a member holding
/// only their own files and the manifest verifies them, a changed cent is refused; a supersede names the new task.
/// </summary>
public sealed partial class GovernanceCommandTests
{
    [Test]
    public async Task Trust_EndToEnd_ApprovedBillAnchoredVerifiedForgeriesRefusedMemberVerifiesAlone()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var collective = await DeployWithMembersAsync();
        var (poco, app, workerpool) = await MarketAsync(timeout.Token);
        _environment["DAISEE_APP"] = app.ToString();
        var rules = CollectiveCommand.RulesHashOf(SamplePath).ToString();
        Assert.That((await RunAsync(Organiser, "rules", "propose", "--month", June, "--dataset", SamplePath)).Exit, Is.EqualTo(ExitCodes.Ok));
        await RunAsync(Members[0], "rules", "approve", rules);

        // 1 approval of 3: bill refuses before any transaction (nonce, ETH and RLC unchanged)
        var before = await WalletStateAsync(poco);
        var (refusedExit, refused) = await BillAsync(poco, app, workerpool, Path.Combine(_folder, "refused"), timeout.Token);
        Assert.That(refusedExit, Is.EqualTo(ExitCodes.VerificationFailed), refused);
        Assert.That(refused, Does.Contain("are not approved and in effect for 2026-06").And.Contain("approvals 1/3").And.Contain("nothing was bought"));
        Assert.That(await WalletStateAsync(poco), Is.EqualTo(before), "no transaction: nonce, ETH balance and escrow unchanged");

        // 2 of 3: billed and anchored by bill itself
        await RunAsync(Members[1], "rules", "approve", rules);
        var output = Path.Combine(_folder, "out");
        var pool = new LocalWorkerpool(_chain.Node, _chain.Deployment, _files, TestAccounts.Scheduler, TestAccounts.Worker, LocalChain.Http);
        var scheduler = Task.Run(() => LocalScheduler.RunFirstDealAsync(_chain.Node, _chain.Deployment, pool, timeout.Token), timeout.Token);
        var (billExit, billed) = await BillAsync(poco, app, workerpool, output, timeout.Token);
        var taskId = await scheduler;
        var anchor = await collective.AnchorOfAsync(202606, CancellationToken.None);
        Assert.That(billExit, Is.EqualTo(ExitCodes.Ok), billed);
        Assert.That(Flat(billed), Does.Contain($"2026-06 anchored: task {taskId}"));
        Assert.That(anchor?.TaskId, Is.EqualTo(taskId));
        Assert.That(anchor?.ResultDigest, Is.EqualTo(ResultDigest.OfFile(File.ReadAllBytes(Path.Combine(output, "manifest.json")))));

        var (okExit, ok) = await RunAsync(Organiser, "verify", output, "--month", June);
        Assert.That(okExit, Is.EqualTo(ExitCodes.Ok), ok);
        foreach (var check in new[] { "anchor", "task", "task status", "files", "result digest", "requester", "app", "rules", "period" })
        {
            Assert.That(ok, Does.Contain($"✓ {check}:"), check);
        }

        // another wallet's run of the same month with a changed price
        var outsider = AnvilAccounts.Key(6);
        var forged = await CompletedTask.RunAsync(_chain, _files, CopyWithLocalHpPrice("0.1950"), June, outsider, timeout.Token);
        var (forgedExit, forgedText) = await RunAsync(Organiser, "verify", Save(forged, "forged.zip"), "--month", June, "--task", forged.TaskId.ToString());
        Assert.That(forgedExit, Is.EqualTo(ExitCodes.VerificationFailed), forgedText);
        Assert.That(forgedText, Does.Contain($"✗ task: {forged.TaskId} is not the anchored task {taskId}"));
        Assert.That(forgedText, Does.Contain($"✗ requester: deal requester {outsider.Address}, organiser {Organiser.Address}"));
        Assert.That(forgedText, Does.Contain($"✗ rules: manifest rulesHash {forged.ManifestRulesHash()}"));

        // a member with only their own files and the manifest
        var mine = MemberCopy(output, "m01");
        var (memberExit, memberText) = await RunAsync(Members[0], "verify", mine, "--month", June);
        Assert.That(memberExit, Is.EqualTo(ExitCodes.Ok), memberText);
        Assert.That(memberText, Does.Contain("A member's copy").And.Contain("✓ files:").And.Contain("bill-m01.json, bill-m01.pdf match manifest.json").And.Contain("✓ result digest"));
        Assert.That(File.ReadAllText(Path.Combine(mine, "manifest.json")), Does.Not.Contain("3000000000"), "the manifest names no PRM");
        ChangeACent(Path.Combine(mine, "bill-m01.json"));
        var (centExit, cent) = await RunAsync(Members[0], "verify", mine, "--month", June);
        Assert.That(centExit, Is.EqualTo(ExitCodes.VerificationFailed), cent);
        Assert.That(cent, Does.Contain("✗ files: bill-m01.json does not match the manifest"));

        // a correction: the old result names the task that superseded it
        var second = await CompletedTask.RunAsync(_chain, _files, Sample, June, timeout.Token);
        var (supersedeExit, superseded) = await RunAsync(Organiser, "supersede", "--month", June, "--task", second.TaskId.ToString(), "--dataset", SamplePath, "--reason", "definitive split");
        Assert.That(supersedeExit, Is.EqualTo(ExitCodes.Ok), superseded);
        var (oldExit, old) = await RunAsync(Organiser, "verify", output, "--month", June, "--task", taskId.ToString());
        Assert.That(oldExit, Is.EqualTo(ExitCodes.VerificationFailed), old);
        Assert.That(Flat(old), Does.Contain($"{June} was superseded by task {second.TaskId} (revision 1)"));
    }

    /// <summary><c>bill --runner iexec</c> as the organiser, on the local market, with the collective of DAISEE_COLLECTIVE.</summary>
    private async Task<(int Exit, string Text)> BillAsync(PocoClient poco, Address app, Address workerpool, string output, CancellationToken ct)
    {
        _environment[WalletFile.PathVariable] = WalletOf(Organiser);
        using var console = new RecordingConsole();
        var orders = new LocalOrderBook(poco, workerpool, TestAccounts.AppOwner, TestAccounts.Scheduler);
        var settings = IexecRunSettings.For(app) with { PollInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMinutes(2) };
        var session = new IexecSession(poco, Organiser, _files, orders, new ResultDownloader(poco, LocalChain.Http, _files.BaseAddress), settings);
        var runner = new IexecRunner(_ => Task.FromResult(session), console.Console, Path.Combine(_folder, "journal"));
        RootCommand root = [BillCommand.Create(console.Console, _ => runner, () => IexecOptions.FromEnvironment(_environment.GetValueOrDefault), _environment.GetValueOrDefault)];
        var exit = await root.Parse(["bill", "--month", June, "--dataset", SamplePath, "--out", output, "--runner", "iexec"]).InvokeAsync(cancellationToken: ct);
        return (exit, console.Text);
    }

    /// <summary>The app and workerpool of the local market, and the organiser funded with 1000 nRLC in its escrow.</summary>
    private async Task<(PocoClient Poco, Address App, Address Workerpool)> MarketAsync(CancellationToken ct)
    {
        var poco = new PocoClient(_chain.Node, _chain.Deployment);
        var app = await poco.CreateAppAsync(TestAccounts.AppOwner, "daisee-billing", "daisee/billing:local", Keccak256.Hash("image"), ct);
        var workerpool = await poco.CreateWorkerpoolAsync(TestAccounts.Scheduler, "local pool", ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, Organiser.Address, 1000, ct);
        await poco.TransferRlcAsync(TestAccounts.Deployer, TestAccounts.Scheduler.Address, 100, ct);
        await poco.DepositAsync(Organiser, 1000, ct);
        await poco.DepositAsync(TestAccounts.Scheduler, 100, ct);
        return (poco, app, workerpool);
    }

    private async Task<(string Nonce, string Balance, BigInteger Stake, BigInteger Locked)> WalletStateAsync(PocoClient poco)
    {
        var balance = (string?)await _chain.Node.RequestAsync("eth_getBalance", [Organiser.Address.ToString(), "latest"], CancellationToken.None) ?? "";
        var (stake, locked) = await poco.ViewAccountAsync(Organiser.Address, CancellationToken.None);
        return (await NonceAsync(Organiser), balance, stake, locked);
    }

    /// <summary>What a member receives: their bill JSON and PDF, their invoices' XML and PDF, and manifest.json.</summary>
    private string MemberCopy(string result, string id)
    {
        var copy = Directory.CreateDirectory(Path.Combine(_folder, "member-" + id)).FullName;
        var bill = Path.Combine(result, $"bill-{id}.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(bill));
        var numbers = json.RootElement.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();
        Assert.That(numbers, Is.Not.Empty);
        foreach (var name in numbers.SelectMany(n => new[] { n + ".xml", n + ".pdf" }).Concat([$"bill-{id}.json", $"bill-{id}.pdf", "manifest.json"]))
        {
            File.Copy(Path.Combine(result, name), Path.Combine(copy, name));
        }

        return copy;
    }

    /// <summary>Changes one cent of the first amount with two decimals.</summary>
    private static void ChangeACent(string path)
    {
        var text = File.ReadAllText(path);
        var match = Regex.Match(text, @"(\d+\.\d)(\d)(?!\d)", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.That(match.Success, Is.True);
        var cent = match.Groups[2].Value == "9" ? "8" : "9";
        File.WriteAllText(path, text[..match.Index] + match.Groups[1].Value + cent + text[(match.Index + match.Length)..]);
    }

    private static string Flat(string text) => text.Replace("\n", "", StringComparison.Ordinal);
}
