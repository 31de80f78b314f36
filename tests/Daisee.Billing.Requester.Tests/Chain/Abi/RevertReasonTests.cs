using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

public class RevertReasonTests
{
    // From the Solidity documentation ("Error handling: Assert, Require, Revert and Exceptions").
    private const string NotEnoughEther =
        "0x08c379a0"
        + "0000000000000000000000000000000000000000000000000000000000000020"
        + "000000000000000000000000000000000000000000000000000000000000001a"
        + "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000";

    [Test]
    public void Decode_ErrorString_ReturnsTheReason()
    {
        var reason = RevertReason.Decode(Hex.Decode(NotEnoughEther));

        Assert.That(reason.Kind, Is.EqualTo(RevertReasonKind.Error));
        Assert.That(reason.Message, Is.EqualTo("Not enough Ether provided."));
    }

    [TestCase("0x4e487b710000000000000000000000000000000000000000000000000000000000000011", "panic 0x11: arithmetic overflow or underflow")]
    [TestCase("0x4e487b710000000000000000000000000000000000000000000000000000000000000001", "panic 0x01: assertion failed")]
    [TestCase("0x4e487b710000000000000000000000000000000000000000000000000000000000000012", "panic 0x12: division or modulo by zero")]
    public void Decode_Panic_DescribesTheCode(string data, string expected)
    {
        var reason = RevertReason.Decode(Hex.Decode(data));

        Assert.That(reason.Kind, Is.EqualTo(RevertReasonKind.Panic));
        Assert.That(reason.Message, Is.EqualTo(expected));
    }

    [Test]
    public void Decode_KnownCustomError_FormatsNameAndArguments()
    {
        var error = new Nethereum.ABI.Model.ErrorABI("FunctionNotFound") { InputParameters = [new Nethereum.ABI.Model.Parameter("bytes4", "selector", 1)] };
        byte[] data = [.. Keccak256.Hash("FunctionNotFound(bytes4)").ToArray().AsSpan(0, 4), 0x12, 0x34, 0x56, 0x78, .. new byte[28]];

        var reason = RevertReason.Decode(data, [error]);

        Assert.That(reason.Kind, Is.EqualTo(RevertReasonKind.Custom));
        Assert.That(reason.Message, Is.EqualTo("FunctionNotFound(0x12345678)"));
    }

    [Test]
    public void Decode_UnknownSelector_ShowsTheSelector()
    {
        var reason = RevertReason.Decode(Hex.Decode("0xdeadbeef00"));

        Assert.That(reason.Kind, Is.EqualTo(RevertReasonKind.Unknown));
        Assert.That(reason.Message, Does.Contain("0xdeadbeef"));
    }

    [Test]
    public void Decode_NoData_IsEmpty()
    {
        Assert.That(RevertReason.Decode([]).Kind, Is.EqualTo(RevertReasonKind.Empty));
    }

    [Test]
    public void Decode_TruncatedErrorString_IsUnknownNotAnException()
    {
        var reason = RevertReason.Decode(Hex.Decode(NotEnoughEther).AsSpan(0, 40));

        Assert.That(reason.Kind, Is.EqualTo(RevertReasonKind.Unknown));
    }
}
