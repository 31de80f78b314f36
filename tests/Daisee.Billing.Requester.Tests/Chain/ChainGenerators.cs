using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Crypto;
using FsCheck;
using FsCheck.Fluent;

namespace Daisee.Billing.Requester.Tests.Chain;

/// <summary>FsCheck generators shared by the chain property tests.</summary>
internal static class ChainGenerators
{
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(100);

    public static Gen<byte[]> Bytes(int length) => Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), length);

    public static Gen<byte[]> AnyBytes { get; } =
        Gen.Choose(0, 200).SelectMany(n => Bytes(n));

    public static Gen<Hash32> Hash32 { get; } = Bytes(32).Select(b => new Hash32(b));

    public static Gen<BigInteger> Uint256 { get; } =
        Gen.OneOf(
            Gen.Choose(0, 1000).Select(i => new BigInteger(i)),
            Bytes(32).Select(b => new BigInteger(b, isUnsigned: true, isBigEndian: true)),
            Gen.Choose(1, 256).Select(bits => (BigInteger.One << bits) - 1));

    public static Gen<Secp256k1Key> Key { get; } =
        Bytes(32)
            .Select(b => new BigInteger(b, isUnsigned: true, isBigEndian: true))
            .Where(d => !d.IsZero && d < Secp256k1Order)
            .Select(d => new Secp256k1Key(Hash32Of(d)));

    private static BigInteger Secp256k1Order { get; } =
        BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Hash32Of(BigInteger value) => Daisee.Billing.Requester.Chain.Hash32.FromBigInteger(value).ToArray();
}
