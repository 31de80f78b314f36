namespace Daisee.Billing.Requester.Tests.Chain;

/// <summary>
/// Values produced by foundry's <c>cast</c> 1.7.1 (npm <c>@foundry-rs/cast-linux-amd64</c>) with
/// anvil account #0 (0xac09…ff80), kept as known answers so the tests need no tool.
/// </summary>
internal static class CastVectors
{
    public const string AnvilKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    /// <summary><c>cast wallet sign --private-key $K hello</c>.</summary>
    public const string HelloSignature =
        "0xf16ea9a3478698f695fd1401bfe27e9e4a7e8e3da94aa72b021125e31fa899cc573c48ea3fe1d4ab61a9db10c19032026e3ed2dbccba5a178235ac27f94504311c";
}
