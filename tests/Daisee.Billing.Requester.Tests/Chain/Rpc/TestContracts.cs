using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>Hand-assembled EVM contracts for the integration tests (no compiler needed).</summary>
internal static class TestContracts
{
    /// <summary>Runtime that reverts every call with <c>Error("nope")</c>.</summary>
    public static byte[] RevertingRuntime()
    {
        var payload = new Nethereum.ABI.FunctionEncoding.FunctionCallEncoder().EncodeRequest("08c379a0", [new Nethereum.ABI.Model.Parameter("string", 1)], "nope");
        var bytes = Hex.Decode(payload);
        // PUSH1 len PUSH1 12 PUSH1 0 CODECOPY PUSH1 len PUSH1 0 REVERT, then the payload at offset 12.
        byte[] code = [0x60, (byte)bytes.Length, 0x60, 12, 0x60, 0, 0x39, 0x60, (byte)bytes.Length, 0x60, 0, 0xfd];
        return [.. code, .. bytes];
    }

    /// <summary>Runtime that emits LOG1(topic) with empty data on every call.</summary>
    public static byte[] LoggingRuntime(Hash32 topic) =>
        [0x7f, .. topic.ToArray(), 0x60, 0, 0x60, 0, 0xa1, 0x00];

    /// <summary>Init code that deploys <paramref name="runtime"/> (shorter than 256 bytes).</summary>
    public static byte[] Deployable(byte[] runtime)
    {
        // PUSH1 len PUSH1 12 PUSH1 0 CODECOPY PUSH1 len PUSH1 0 RETURN, then the runtime at offset 12.
        byte[] init = [0x60, (byte)runtime.Length, 0x60, 12, 0x60, 0, 0x39, 0x60, (byte)runtime.Length, 0x60, 0, 0xf3];
        return [.. init, .. runtime];
    }
}
