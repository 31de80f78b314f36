using System.Numerics;
using System.Text;
using Daisee.Billing.Requester.Chain.Abi;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

public class AbiRoundTripTests
{
    private static readonly AbiType[] Types =
    [
        AbiType.Uint256, AbiType.Bytes, AbiType.Utf8String, AbiType.ArrayOf(AbiType.Uint256), AbiType.ArrayOf(AbiType.Bytes),
    ];

    private static Gen<string> Text { get; } =
        Gen.ArrayOf(Gen.Choose(0x20, 0x2fff).Where(c => c is < 0xd800 or > 0xdfff).Select(c => (char)c))
            .Select(chars => new string(chars));

    [Test]
    public void EncodeDecode_RandomUintBytesString_RoundTrip()
    {
        var gen =
            from number in ChainGenerators.Uint256
            from bytes in ChainGenerators.AnyBytes
            from text in Text
            from numbers in Gen.ListOf(ChainGenerators.Uint256)
            from blobs in Gen.ListOf(ChainGenerators.AnyBytes)
            select (number, bytes, text, numbers, blobs);

        var property = Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            object[] values = [sample.number, sample.bytes, sample.text, sample.numbers.ToArray(), sample.blobs.ToArray()];
            var decoded = AbiDecoder.Decode(Types, AbiEncoder.Encode(Types, values));
            return decoded.GetInteger(0) == sample.number
                && decoded.GetBytes(1).SequenceEqual(sample.bytes)
                && decoded.GetString(2) == sample.text
                && decoded.GetValues(3).Cast<BigInteger>().SequenceEqual(sample.numbers)
                && decoded.GetValues(4).Cast<byte[]>().Zip(sample.blobs).All(p => p.First.SequenceEqual(p.Second))
                && decoded.GetValues(4).Count == sample.blobs.Count;
        });

        Check.One(ChainGenerators.Config, property);
    }

    [Test]
    public void Decode_InvalidUtf8String_Throws()
    {
        var data = AbiEncoder.Encode([AbiType.Bytes], [new byte[] { 0xff, 0xfe }]);

        Assert.That(() => AbiDecoder.Decode([AbiType.Utf8String], data), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Encode_Utf8String_UsesUtf8Bytes()
    {
        var data = AbiEncoder.Encode([AbiType.Utf8String], ["é"]);

        Assert.That(data[63], Is.EqualTo(Encoding.UTF8.GetByteCount("é")));
    }
}
