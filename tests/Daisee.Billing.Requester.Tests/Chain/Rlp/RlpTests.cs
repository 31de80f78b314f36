using System.Numerics;
using Daisee.Billing.Requester.Chain.Rlp;
using Daisee.Billing.Requester.Chain;
using FsCheck.Fluent;
using FsCheck;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Rlp;

public class RlpTests
{
    private static readonly RlpItem Dog = RlpItem.FromString("dog");

    private static IEnumerable<TestCaseData> CanonicalVectors()
    {
        yield return new TestCaseData(Dog, "0x83646f67").SetName("Encode_Dog_83646f67");
        yield return new TestCaseData(RlpItem.List(RlpItem.FromString("cat"), Dog), "0xc88363617483646f67").SetName("Encode_CatDogList_c8");
        yield return new TestCaseData(RlpItem.Empty, "0x80").SetName("Encode_EmptyString_80");
        yield return new TestCaseData(RlpItem.EmptyList, "0xc0").SetName("Encode_EmptyList_c0");
        yield return new TestCaseData(RlpItem.FromInteger(0), "0x80").SetName("Encode_IntegerZero_80");
        yield return new TestCaseData(RlpItem.FromBytes([0x00]), "0x00").SetName("Encode_ByteZero_00");
        yield return new TestCaseData(RlpItem.FromInteger(15), "0x0f").SetName("Encode_Fifteen_0f");
        yield return new TestCaseData(RlpItem.FromInteger(1024), "0x820400").SetName("Encode_1024_820400");
        yield return new TestCaseData(SetTheoretical(), "0xc7c0c1c0c3c0c1c0").SetName("Encode_SetTheoreticalThree_c7");
        yield return new TestCaseData(
            RlpItem.FromString("Lorem ipsum dolor sit amet, consectetur adipisicing elit"),
            "0xb8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974")
            .SetName("Encode_56ByteString_LongForm");
    }

    [TestCaseSource(nameof(CanonicalVectors))]
    public void Encode_CanonicalVector_MatchesAndDecodesBack(RlpItem item, string expected)
    {
        var encoded = RlpEncoder.Encode(item);

        Assert.That(Hex.Encode(encoded), Is.EqualTo(expected));
        Assert.That(RlpDecoder.Decode(encoded), Is.EqualTo(item));
    }

    [TestCase("0x8100", TestName = "Decode_SingleLowByteInLongForm_Throws")]
    [TestCase("0x83646f", TestName = "Decode_Truncated_Throws")]
    [TestCase("0x83646f6700", TestName = "Decode_TrailingByte_Throws")]
    [TestCase("0xb80100", TestName = "Decode_ShortStringInLongForm_Throws")]
    [TestCase("0x", TestName = "Decode_NoInput_Throws")]
    public void Decode_NonCanonical_Throws(string hex)
    {
        Assert.That(() => RlpDecoder.Decode(Hex.Decode(hex)), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void ToInteger_1024_RoundTrips()
    {
        Assert.That(RlpItem.FromInteger(1024).ToInteger(), Is.EqualTo(new BigInteger(1024)));
    }

    [Test]
    public void EncodeDecode_RandomTrees_RoundTrip()
    {
        var property = Prop.ForAll(Tree(3).ToArbitrary(), item => RlpDecoder.Decode(RlpEncoder.Encode(item)) == item);

        Check.One(ChainGenerators.Config, property);
    }

    private static Gen<RlpItem> Tree(int depth)
    {
        var leaf = ChainGenerators.AnyBytes.Select(b => RlpItem.FromBytes(b));
        return depth == 0
            ? leaf
            : Gen.Frequency((3, leaf), (1, Gen.ListOf(Tree(depth - 1)).Select(items => RlpItem.List(items))));
    }

    private static RlpItem SetTheoretical()
    {
        var zero = RlpItem.EmptyList;
        var one = RlpItem.List(zero);
        return RlpItem.List(zero, one, RlpItem.List(zero, one));
    }
}
