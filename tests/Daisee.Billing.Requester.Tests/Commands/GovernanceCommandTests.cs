using System.CommandLine;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Commands;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Governance;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Support;
using Nethereum.Signer;
using Spectre.Console;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary>
/// The governance verbs against the local PoCo, as the organiser (the requester's wallet) and three members
/// (anvil #7–#9) would run them, each with their own keystore in DAISEE_WALLET and the contract in DAISEE_COLLECTIVE.
/// </summary>
[Category("Integration")]
public sealed partial class GovernanceCommandTests
{
    private const string Password = "pw";
    private const string Sample = "samples/faulty/clean";
    private static readonly EthECKey Organiser = TestAccounts.Requester;
    private static readonly EthECKey[] Members = [AnvilAccounts.Key(7), AnvilAccounts.Key(8), AnvilAccounts.Key(9)];
    private LocalChain _chain = null!;
    private string _snapshot = null!;
    private string _folder = null!;
    private Dictionary<string, string> _environment = null!;
    private LoopbackFileServer _files = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _chain = await LocalChain.GetAsync();
        _snapshot = await _chain.SnapshotAsync();
        _files = new LoopbackFileServer();
        _folder = Directory.CreateTempSubdirectory("daisee-governance-").FullName;
        var chainFile = Path.Combine(_folder, "chain.json");
        var local = new JsonObject { ["id"] = "31337", ["host"] = _chain.Anvil.Endpoint.ToString(), ["hub"] = _chain.Deployment.Hub.ToString() };
        await File.WriteAllTextAsync(chainFile, new JsonObject { ["default"] = "local", ["chains"] = new JsonObject { ["local"] = local } }.ToJsonString());
        foreach (var key in Members.Append(Organiser))
        {
            WalletFile.Save(WalletOf(key), key, Password, KeystoreOptions.Light);
        }

        _environment = new() { ["DAISEE_CHAIN_FILE"] = chainFile, [WalletFile.PasswordVariable] = Password };
    }

    [TearDown]
    public async Task StopAsync()
    {
        _files.Dispose();
        Directory.Delete(_folder, recursive: true);
        await _chain.RevertAsync(_snapshot);
    }

    [Test]
    public async Task Governance_ThreeMembersTwoApprove_RulesApprovedByStrictMajorityFromTheirMonth()
    {
        var collective = await DeployWithMembersAsync();
        var (exit, text) = await RunAsync(Organiser, "rules", "propose", "--month", "2026-06", "--dataset", SamplePath);
        var expectedHash = CollectiveCommand.RulesHashOf(SamplePath);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text);
        Assert.That(text, Does.Contain($"Rules {expectedHash} proposed, effective from 2026-06"));

        var (noneExit, none) = await RunAsync(Organiser, "rules", "show", "--dataset", SamplePath);
        var (_, one) = await RunAsync(Members[0], "rules", "approve", expectedHash.ToString());
        var (_, two) = await RunAsync(Members[1], "rules", "approve", expectedHash.ToString());
        var (mayExit, may) = await RunAsync(Organiser, "rules", "show", "--hash", expectedHash.ToString(), "--month", "2026-05");
        var (juneExit, june) = await RunAsync(Organiser, "rules", "show", "--hash", expectedHash.ToString(), "--month", "2026-06");

        Assert.Multiple(() =>
        {
            Assert.That(noneExit, Is.EqualTo(ExitCodes.VerificationFailed), "proposed rules without approvals are not approved");
            Assert.That(none, Does.Contain("approvals 0/3 members: not approved"));
            Assert.That(one, Does.Contain($"{Members[0].Address} approved {expectedHash}: 1/3 members, not approved yet."));
            Assert.That(two, Does.Contain("2/3 members, approved."));
            Assert.That(mayExit, Is.EqualTo(ExitCodes.VerificationFailed), "June's rules are not in effect in May");
            Assert.That(may, Does.Contain("2026-05: not yet in effect"));
            Assert.That(juneExit, Is.EqualTo(ExitCodes.Ok), june);
            Assert.That(june, Does.Contain("approvals 2/3 members: approved").And.Contain("2026-06: in effect"));
        });
        Assert.That(await collective.IsApprovedAsync(expectedHash, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task MemberAdd_Pseudonym_StoredAsBytes32TextAndShown()
    {
        var collective = await DeployWithMembersAsync();

        var (exit, text) = await RunAsync(Organiser, "collective", "show");

        // bytes32("m02"): 'm' = 0x6d, '0' = 0x30, '2' = 0x32, then 29 zero bytes.
        var expected = Hash32.Parse("0x6d3032" + new string('0', 58));
        Assert.That(await collective.MemberIdAsync(Members[1].Address, CancellationToken.None), Is.EqualTo(expected));
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text);
        Assert.That(text, Does.Contain($"organiser {Organiser.Address}").And.Contain($"member {Members[2].Address} m03"));
    }

    [Test]
    public async Task MemberRemove_OneOfTwoApprovers_NoLongerAStrictMajority()
    {
        await DeployWithMembersAsync();
        var hash = CollectiveCommand.RulesHashOf(SamplePath).ToString();
        await RunAsync(Organiser, "rules", "propose", "--month", "2026-06", "--dataset", SamplePath);
        await RunAsync(Members[0], "rules", "approve", hash);
        await RunAsync(Members[1], "rules", "approve", hash);

        var (removed, _) = await RunAsync(Organiser, "member", "remove", Members[1].Address.ToString());
        var (exit, text) = await RunAsync(Organiser, "rules", "show", "--hash", hash);

        Assert.That(removed, Is.EqualTo(ExitCodes.Ok));
        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed));
        Assert.That(text, Does.Contain("approvals 1/2 members: not approved"));
    }

    [Test]
    public async Task Anchor_UnapprovedRules_RefusedBeforeAnyTransaction()
    {
        var collective = await DeployWithMembersAsync();
        var billed = await CompletedTask.RunAsync(_chain, _files, Sample, "2026-06", CancellationToken.None);
        await RunAsync(Organiser, "rules", "propose", "--month", "2026-06", "--dataset", SamplePath);
        await RunAsync(Members[0], "rules", "approve", billed.ManifestRulesHash().ToString());
        var nonce = await NonceAsync(Organiser);

        var (exit, text) = await RunAsync(Organiser, "anchor", "--month", "2026-06", "--task", billed.TaskId.ToString(), "--dataset", SamplePath);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), text);
        Assert.That(text, Does.Contain("are not approved and in effect for 2026-06").And.Contain("approvals 1/3"));
        Assert.That(await NonceAsync(Organiser), Is.EqualTo(nonce), "no transaction was sent");
        Assert.That(await collective.AnchorOfAsync(202606, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task AnchorThenSupersede_CompletedTasks_AnchorHoldsTheTaskDigestRulesAndRevision()
    {
        var collective = await DeployWithMembersAsync();
        var first = await CompletedTask.RunAsync(_chain, _files, Sample, "2026-06", CancellationToken.None);
        var second = await CompletedTask.RunAsync(_chain, _files, Sample, "2026-06", CancellationToken.None);
        var (_, proposed) = await RunAsync(Organiser, "rules", "propose", "--month", "2026-06", "--dataset", SamplePath);
        Assert.That(proposed, Does.Contain(first.ManifestRulesHash().ToString()), "the verb hashes collective.json as the worker does");
        await RunAsync(Members[0], "rules", "approve", first.ManifestRulesHash().ToString());
        await RunAsync(Members[2], "rules", "approve", first.ManifestRulesHash().ToString());

        var (anchorExit, anchored) = await RunAsync(Organiser, "anchor", "--month", "2026-06", "--task", first.TaskId.ToString(), "--dataset", SamplePath);
        var afterAnchor = await collective.AnchorOfAsync(202606, CancellationToken.None);
        var (againExit, again) = await RunAsync(Organiser, "anchor", "--month", "2026-06", "--task", second.TaskId.ToString(), "--dataset", SamplePath);
        const string Reason = "meter replaced on 2026-06-12";
        var (supersedeExit, superseded) = await RunAsync(
            Organiser, "supersede", "--month", "2026-06", "--task", second.TaskId.ToString(), "--dataset", SamplePath, "--reason", Reason);
        var afterSupersede = await collective.AnchorOfAsync(202606, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(anchorExit, Is.EqualTo(ExitCodes.Ok), anchored);
            Assert.That(afterAnchor, Is.EqualTo(new PeriodAnchor(202606, first.TaskId, ResultDigest.OfFile(first.Result.Files["manifest.json"]), first.ManifestRulesHash(), 0)));
            Assert.That(againExit, Is.EqualTo(ExitCodes.Failure), "a month is anchored once");
            Assert.That(again, Does.Contain("PeriodAlreadyAnchored"));
            Assert.That(supersedeExit, Is.EqualTo(ExitCodes.Ok), superseded);
            Assert.That(afterSupersede, Is.EqualTo(new PeriodAnchor(202606, second.TaskId, second.Task.ResultDigest, second.ManifestRulesHash(), 1)));
            Assert.That(superseded, Does.Contain("superseded (revision 1)").And.Contain(Reason));
        });
    }

    [TestCase("m01", "0x6d303100000000000000000000000000000000000000000000000000000000")]
    [TestCase("é", "0xc3a9000000000000000000000000000000000000000000000000000000000000")]
    public void Pseudonym_Text_Bytes32RightPaddedAndBack(string id, string expectedHex)
    {
        Assert.That(Pseudonym.TryEncode(id, out var value, out _), Is.True);
        Assert.That(value, Is.EqualTo(Hash32.Parse(expectedHex.PadRight(66, '0'))));
        Assert.That(Pseudonym.Decode(value), Is.EqualTo(id));
    }

    [TestCase("")]
    [TestCase("123456789012345678901234567890123")]
    public void Pseudonym_EmptyOrOver32Bytes_Refused(string id)
    {
        Assert.That(Pseudonym.TryEncode(id, out _, out var problem), Is.False);
        Assert.That(problem, Does.Contain("1 to 32 UTF-8 bytes"));
    }

    private static string SamplePath => Path.Combine(AnvilProcess.RepositoryRoot, Sample);

    private async Task<DaiseeCollectiveClient> DeployWithMembersAsync()
    {
        var (exit, text) = await RunAsync(Organiser, "collective", "deploy");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text);
        var address = Address.Parse(DeployedPattern().Match(text).Groups[1].Value.ToLowerInvariant());
        _environment[CollectiveAccess.AddressVariable] = address.ToString();
        for (var index = 0; index < Members.Length; index++)
        {
            var (added, output) = await RunAsync(Organiser, "member", "add", Members[index].Address.ToString(), "--id", $"m0{index + 1}");
            Assert.That(added, Is.EqualTo(ExitCodes.Ok), output);
        }

        return new DaiseeCollectiveClient(_chain.Node, Organiser, address);
    }

    private async Task<(int Exit, string Text)> RunAsync(EthECKey wallet, params string[] args)
    {
        _environment[WalletFile.PathVariable] = WalletOf(wallet);
        using var console = new RecordingConsole();
        IexecOptions Options() => IexecOptions.FromEnvironment(_environment.GetValueOrDefault);
        string? Environment(string name) => _environment.GetValueOrDefault(name);
        RootCommand verbs =
        [
            CollectiveCommand.Create(console.Console, Options, Environment), MemberCommand.Create(console.Console, Options, Environment),
            RulesCommand.Create(console.Console, Options, Environment), AnchorCommand.CreateAnchor(console.Console, Options, Environment),
            AnchorCommand.CreateSupersede(console.Console, Options, Environment), VerifyCommand.Create(console.Console, Options, Environment),
        ];
        int exit;
        try
        {
            exit = await verbs.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (TransactionRevertedException e)
        {
            console.Console.WriteLine(e.Message);
            exit = ExitCodes.Failure;
        }

        return (exit, console.Text);
    }

    private async Task<string> NonceAsync(EthECKey key) =>
        (string?)await _chain.Node.RequestAsync("eth_getTransactionCount", [key.Address.ToString(), "latest"], CancellationToken.None) ?? "";

    private string WalletOf(EthECKey key) => Path.Combine(_folder, key.Address + ".json");

    [GeneratedRegex("Collective (0x[0-9a-fA-F]{40}) deployed")]
    private static partial Regex DeployedPattern();
}
