using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec.LocalStack;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

/// <summary>poco-local-chain.md "Worker authorization (contributeAndFinalize)".</summary>
public class WorkerAuthorizationTests
{
    private static readonly EthECKey Scheduler =
        ChainKeys.FromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    private static readonly Address Worker = Address.Parse("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");

    private static readonly Hash32 TaskId =
        Hash32.Parse("0x16f835d67be54050b8d4132eb8240969a41f4339b29007db79ef28ba5f2a4b82");

    [Test]
    public void Packed_WorkerTaskChallenge_Is72ReferenceBytes()
    {
        byte[] packed = [.. Worker.ToArray(), .. TaskId.ToArray(), .. Address.Zero.ToArray()];

        Assert.That(
            Hex.Encode(packed),
            Is.EqualTo("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc16f835d67be54050b8d4132eb8240969a41f4339b29007db79ef28ba5f2a4b820000000000000000000000000000000000000000"));
    }

    [Test]
    public void Message_Vector_MatchesReference()
    {
        Assert.That(
            WorkerAuthorization.Message(Worker, TaskId, Address.Zero),
            Is.EqualTo(Hash32.Parse("0xcc7f7ee7c785ea7541b03c437e239d086fbbf62331b2eb4f61f53934befb7a6e")));
    }

    [Test]
    public void Digest_Vector_MatchesEip191Reference()
    {
        Assert.That(
            WorkerAuthorization.Digest(Worker, TaskId, Address.Zero),
            Is.EqualTo(Hash32.Parse("0xa554a773cc4f45c70f304463b76343562789aed24a6ba0c05714889492793db3")));
    }

    [Test]
    public void Sign_Vector_MatchesReferenceSignature()
    {
        var signature = WorkerAuthorization.Sign(Scheduler, Worker, TaskId, Address.Zero);

        Assert.That(
            Hex.Encode(signature),
            Is.EqualTo("0x8faa76a27423bfb55dcc80733b31309786e578e7a15f65f08ef470aa979207e5230feb8a1604649a95dba0374ded2ac2daccbbd9402efecf9b6749ec075668f11c"));
    }
}
