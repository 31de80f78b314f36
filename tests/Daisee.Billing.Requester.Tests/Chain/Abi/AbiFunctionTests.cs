using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

public class AbiFunctionTests
{
    private const string Baz =
        "0xcdcd77c0"
        + "0000000000000000000000000000000000000000000000000000000000000045"
        + "0000000000000000000000000000000000000000000000000000000000000001";

    private const string Sam =
        "0xa5643bf2"
        + "0000000000000000000000000000000000000000000000000000000000000060"
        + "0000000000000000000000000000000000000000000000000000000000000001"
        + "00000000000000000000000000000000000000000000000000000000000000a0"
        + "0000000000000000000000000000000000000000000000000000000000000004"
        + "6461766500000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000003"
        + "0000000000000000000000000000000000000000000000000000000000000001"
        + "0000000000000000000000000000000000000000000000000000000000000002"
        + "0000000000000000000000000000000000000000000000000000000000000003";

    private const string F =
        "0x8be65246"
        + "0000000000000000000000000000000000000000000000000000000000000123"
        + "0000000000000000000000000000000000000000000000000000000000000080"
        + "3132333435363738393000000000000000000000000000000000000000000000"
        + "00000000000000000000000000000000000000000000000000000000000000e0"
        + "0000000000000000000000000000000000000000000000000000000000000002"
        + "0000000000000000000000000000000000000000000000000000000000000456"
        + "0000000000000000000000000000000000000000000000000000000000000789"
        + "000000000000000000000000000000000000000000000000000000000000000d"
        + "48656c6c6f2c20776f726c642100000000000000000000000000000000000000";

    [Test]
    public void EncodeCall_BazSpecExample_MatchesSolidityDocs()
    {
        var baz = AbiFunction.Parse("baz(uint32 x, bool y) returns (bool r)");

        Assert.That(Hex.Encode(baz.EncodeCall(69, true)), Is.EqualTo(Baz));
        Assert.That(baz.Selector.ToString(), Is.EqualTo("0xcdcd77c0"));
    }

    [Test]
    public void DecodeCall_BazSpecExample_ReturnsArguments()
    {
        var values = AbiFunction.Parse("baz(uint32,bool)").DecodeCall(Hex.Decode(Baz));

        Assert.That(values.GetInteger(0), Is.EqualTo(new BigInteger(69)));
        Assert.That(values.GetBool(1), Is.True);
    }

    [Test]
    public void EncodeCall_SamSpecExample_MatchesSolidityDocs()
    {
        var sam = AbiFunction.Parse("function sam(bytes memory name, bool flag, uint256[] memory ids)");

        var encoded = sam.EncodeCall("dave"u8.ToArray(), true, new[] { 1, 2, 3 });

        Assert.That(Hex.Encode(encoded), Is.EqualTo(Sam));
    }

    [Test]
    public void DecodeCall_SamSpecExample_ReturnsArgumentsAndReencodes()
    {
        var sam = AbiFunction.Parse("sam(bytes,bool,uint256[])");

        var values = sam.DecodeCall(Hex.Decode(Sam));

        Assert.That(values.GetBytes(0), Is.EqualTo("dave"u8.ToArray()));
        Assert.That(values.GetBool(1), Is.True);
        Assert.That(values.GetValues(2).Select(v => (BigInteger)v), Is.EqualTo(new BigInteger[] { 1, 2, 3 }));
        Assert.That(Hex.Encode(sam.EncodeCall([.. values])), Is.EqualTo(Sam));
    }

    [Test]
    public void EncodeCall_DynamicSpecExample_MatchesSolidityDocs()
    {
        var f = AbiFunction.Parse("f(uint256,uint32[],bytes10,bytes)");

        var encoded = f.EncodeCall(0x123, new[] { 0x456, 0x789 }, "1234567890"u8.ToArray(), "Hello, world!"u8.ToArray());

        Assert.That(Hex.Encode(encoded), Is.EqualTo(F));
        Assert.That(Hex.Encode(f.EncodeCall([.. f.DecodeCall(encoded)])), Is.EqualTo(F));
    }

    [TestCase("bar(bytes3[2])", AbiCastVectors.Bar)]
    [TestCase("g(uint256[][],string[])", AbiCastVectors.G)]
    [TestCase("h((address,int8,string)[],int256)", AbiCastVectors.H)]
    public void DecodeCall_CastCalldata_ReencodesIdentically(string signature, string calldata)
    {
        var function = AbiFunction.Parse(signature);

        var values = function.DecodeCall(Hex.Decode(calldata));

        Assert.That(Hex.Encode(function.EncodeCall([.. values])), Is.EqualTo(calldata));
    }

    [Test]
    public void EncodeCall_NestedAndSignedValues_MatchesCast()
    {
        var h = AbiFunction.Parse("h(tuple(address who, int8 delta, string note)[] items, int256 total)");
        var item = new object[] { Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), -3, "hé" };

        var encoded = h.EncodeCall(new[] { item }, -5);

        Assert.That(Hex.Encode(encoded), Is.EqualTo(AbiCastVectors.H));
        Assert.That(h.DecodeCall(encoded).GetInteger(1), Is.EqualTo(new BigInteger(-5)));
    }

    [TestCase(300, TestName = "EncodeCall_Uint8Overflow_Throws")]
    [TestCase(-1, TestName = "EncodeCall_NegativeUint_Throws")]
    public void EncodeCall_OutOfRange_Throws(int value)
    {
        var f = AbiFunction.Parse("f(uint8)");

        Assert.That(() => f.EncodeCall(value), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void DecodeOutput_DirtyAddressPadding_Throws()
    {
        var f = AbiFunction.Parse("owner() returns (address)");
        var dirty = Hex.Decode("0x010000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266");

        Assert.That(() => f.DecodeOutput(dirty), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void DecodeOutput_OffsetPastEnd_Throws()
    {
        var f = AbiFunction.Parse("name() returns (string)");
        var bad = Hex.Decode("0x00000000000000000000000000000000000000000000000000000000000000ff");

        Assert.That(() => f.DecodeOutput(bad), Throws.TypeOf<FormatException>());
    }
}
