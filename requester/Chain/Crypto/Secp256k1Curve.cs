using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Daisee.Billing.Requester.Chain.Crypto;

/// <summary>The secp256k1 domain parameters, shared read-only.</summary>
internal static class Secp256k1Curve
{
    public static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    public static readonly ECDomainParameters Domain =
        new(Parameters.Curve, Parameters.G, Parameters.N, Parameters.H);

    public static readonly BcBigInteger Order = Parameters.N;

    public static readonly System.Numerics.BigInteger HalfOrder =
        new System.Numerics.BigInteger(Parameters.N.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true) / 2;

    public static BcBigInteger ToBc(System.Numerics.BigInteger value) =>
        new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));

    public static System.Numerics.BigInteger FromBc(BcBigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
}
