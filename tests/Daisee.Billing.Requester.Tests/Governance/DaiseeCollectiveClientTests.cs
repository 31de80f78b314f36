using System.Security.Cryptography;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Chain.Rpc;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Tests.Governance;

/// <summary>
/// The governance contract on a real anvil: one node and one deployment (organiser = anvil #0,
/// members = anvil #1–#3, outsider = anvil #4) for the fixture, a snapshot reverted after each test.
/// </summary>
[Category("Integration")]
public class DaiseeCollectiveClientTests
{
    private const uint April2026 = 202604;
    private static readonly Hash32 Rules = Sha256("rules v1");
    private static readonly Hash32 OtherRules = Sha256("rules v2");
    private static readonly PeriodAnchor AprilAnchor = new(April2026, Sha256("task"), Sha256("result"), Rules, 0);

    private AnvilNode _node = null!;
    private readonly List<EthECKey> _clients = [];
    private DaiseeCollectiveClient _organiser = null!;
    private string _snapshot = "";

    [OneTimeSetUp]
    public async Task DeployAsync()
    {
        _node = await AnvilNode.StartAsync(CancellationToken.None);
        for (var index = 0; index < 5; index++)
        {
            _clients.Add(AnvilAccounts.Key(index));
        }

        _organiser = await DaiseeCollectiveClient.DeployAsync(_node.Node, _clients[0], CollectiveArtifacts.Embedded(), CancellationToken.None);
        for (var index = 1; index <= 3; index++)
        {
            await _organiser.AddMemberAsync(_clients[index].Address, Sha256("member " + index), CancellationToken.None);
        }
    }

    [OneTimeTearDown]
    public async Task StopNodeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [SetUp]
    public async Task SnapshotAsync() => _snapshot = await _node.Anvil.SnapshotAsync(CancellationToken.None);

    [TearDown]
    public async Task RevertAsync() => await _node.Anvil.RevertAsync(_snapshot, CancellationToken.None);

    [Test]
    public async Task DeployAsync_EmbeddedArtifacts_DeployerIsOrganiserAndMembersHaveTheirIds()
    {
        Assert.That(await _organiser.OrganiserAsync(CancellationToken.None), Is.EqualTo(_clients[0].Address));
        Assert.That(await _organiser.MemberIdAsync(_clients[2].Address, CancellationToken.None), Is.EqualTo(Sha256("member 2")));
        Assert.That((await _organiser.MemberIdAsync(_clients[4].Address, CancellationToken.None)).IsZero, Is.True);
    }

    [Test]
    public async Task ApproveRulesAsync_StrictMajorityOfMembers_IsApproved()
    {
        await _organiser.ProposeRulesAsync(Rules, April2026, CancellationToken.None);
        await Member(1).ApproveRulesAsync(Rules, CancellationToken.None);
        var oneOfThree = await _organiser.RulesStatusAsync(Rules, CancellationToken.None);

        await Member(2).ApproveRulesAsync(Rules, CancellationToken.None);
        var twoOfThree = await _organiser.RulesStatusAsync(Rules, CancellationToken.None);

        Assert.That(oneOfThree, Is.EqualTo(new RulesStatus(Rules, true, April2026, 1, 3, false)));
        Assert.That(twoOfThree, Is.EqualTo(new RulesStatus(Rules, true, April2026, 2, 3, true)));
        Assert.That(await _organiser.IsApprovedAsync(Rules, CancellationToken.None), Is.True);
        Assert.That(await _organiser.IsApprovedAsync(OtherRules, CancellationToken.None), Is.False);
    }

    [Test]
    public async Task RemoveMemberAsync_ApproverRemoved_ApprovalCountsOnlyCurrentMembers()
    {
        await ApproveAsync(Rules);
        await _organiser.RemoveMemberAsync(_clients[1].Address, CancellationToken.None);
        await _organiser.RemoveMemberAsync(_clients[2].Address, CancellationToken.None);

        var status = await _organiser.RulesStatusAsync(Rules, CancellationToken.None);

        Assert.That((status.Approvals, status.Members, status.IsApproved), Is.EqualTo(((System.Numerics.BigInteger)0, (System.Numerics.BigInteger)1, false)));
    }

    [Test]
    public async Task AnchorAsync_ApprovedRules_IsReadable()
    {
        await ApproveAsync(Rules);

        var receipt = await _organiser.AnchorAsync(AprilAnchor, CancellationToken.None);

        Assert.That(receipt.Hash.IsZero, Is.False);
        Assert.That(await _organiser.AnchorOfAsync(April2026, CancellationToken.None), Is.EqualTo(AprilAnchor));
        Assert.That(await Member(3).AnchorOfAsync(202605, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task AnchorAsync_UnapprovedRules_RevertsWithRulesNotApproved()
    {
        await _organiser.ProposeRulesAsync(Rules, April2026, CancellationToken.None);
        await Member(1).ApproveRulesAsync(Rules, CancellationToken.None);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(() => _organiser.AnchorAsync(AprilAnchor, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain($"RulesNotApproved({Rules}, 1, 3): the rules hash is not approved by a strict majority"));
        Assert.That(await _organiser.AnchorOfAsync(April2026, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task AnchorAsync_BeforeEffectivePeriod_RevertsWithRulesNotYetEffective()
    {
        await ApproveAsync(Rules);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(
            () => _organiser.AnchorAsync(AprilAnchor with { Period = 202603 }, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain($"RulesNotYetEffective({Rules}, 202604, 202603)"));
    }

    [Test]
    public async Task ApproveRulesAsync_NonMember_RevertsWithNotMember()
    {
        await _organiser.ProposeRulesAsync(Rules, April2026, CancellationToken.None);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(() => Member(4).ApproveRulesAsync(Rules, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain($"NotMember({_clients[4].Address}): the account is not a member"));
    }

    [Test]
    public async Task ApproveRulesAsync_Twice_RevertsWithAlreadyApproved()
    {
        await ApproveAsync(Rules);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(() => Member(1).ApproveRulesAsync(Rules, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain("AlreadyApproved("));
    }

    [Test]
    public async Task AnchorAsync_ByAMember_RevertsWithNotOrganiser()
    {
        await ApproveAsync(Rules);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(() => Member(1).AnchorAsync(AprilAnchor, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain($"NotOrganiser({_clients[1].Address}): only the organiser"));
    }

    [Test]
    public async Task AnchorAsync_AnchoredPeriod_RevertsWithPeriodAlreadyAnchored()
    {
        await ApproveAsync(Rules);
        await _organiser.AnchorAsync(AprilAnchor, CancellationToken.None);

        var revert = await Assert.ThrowsAsync<TransactionRevertedException>(
            () => _organiser.AnchorAsync(AprilAnchor with { TaskId = Sha256("task 2") }, CancellationToken.None));

        Assert.That(revert!.Message, Does.Contain($"PeriodAlreadyAnchored(202604, {AprilAnchor.TaskId}): the period is already anchored"));
        Assert.That(await _organiser.AnchorOfAsync(April2026, CancellationToken.None), Is.EqualTo(AprilAnchor));
    }

    [Test]
    public async Task SupersedeAsync_AnchoredPeriodWithReason_ReplacesTheAnchorAndCountsTheRevision()
    {
        await ApproveAsync(Rules);
        await _organiser.AnchorAsync(AprilAnchor, CancellationToken.None);
        var correction = AprilAnchor with { TaskId = Sha256("task 2"), ResultDigest = Sha256("result 2") };

        await _organiser.SupersedeAsync(correction, Sha256("meter 3 replaced"), CancellationToken.None);

        Assert.That(await _organiser.AnchorOfAsync(April2026, CancellationToken.None), Is.EqualTo(correction with { Revision = 1 }));
    }

    [Test]
    public async Task SupersedeAsync_WithoutReasonOrAnchor_Reverts()
    {
        await ApproveAsync(Rules);

        var notAnchored = await Assert.ThrowsAsync<TransactionRevertedException>(
            () => _organiser.SupersedeAsync(AprilAnchor, Sha256("why"), CancellationToken.None));
        await _organiser.AnchorAsync(AprilAnchor, CancellationToken.None);
        var noReason = await Assert.ThrowsAsync<TransactionRevertedException>(
            () => _organiser.SupersedeAsync(AprilAnchor, Hash32.Zero, CancellationToken.None));

        Assert.That(notAnchored!.Message, Does.Contain("PeriodNotAnchored(202604)"));
        Assert.That(noReason!.Message, Does.Contain("MissingReason(202604)"));
    }

    private DaiseeCollectiveClient Member(int index) => _organiser.As(_clients[index]);

    private async Task ApproveAsync(Hash32 rules)
    {
        await _organiser.ProposeRulesAsync(rules, April2026, CancellationToken.None);
        await Member(1).ApproveRulesAsync(rules, CancellationToken.None);
        await Member(2).ApproveRulesAsync(rules, CancellationToken.None);
    }

    private static Hash32 Sha256(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
