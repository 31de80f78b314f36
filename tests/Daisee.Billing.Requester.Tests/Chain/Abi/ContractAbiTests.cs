using System.Collections.Immutable;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

/// <summary>
/// <see cref="ContractAbi"/> (a JSON ABI through Nethereum's encoder/decoder) against the examples of the
/// Solidity ABI specification (docs.soliditylang.org, "Contract ABI Specification", Examples) and an ERC-20 log.
/// </summary>
public class ContractAbiTests
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

    private static readonly ContractAbi Spec = new("""
        [
          {"type":"function","name":"baz","inputs":[{"name":"x","type":"uint32"},{"name":"y","type":"bool"}],"outputs":[{"name":"r","type":"bool"}]},
          {"type":"function","name":"sam","inputs":[{"name":"name","type":"bytes"},{"name":"flag","type":"bool"},{"name":"ids","type":"uint256[]"}],"outputs":[]},
          {"type":"function","name":"f","inputs":[{"name":"a","type":"uint256"},{"name":"b","type":"uint32[]"},{"name":"c","type":"bytes10"},{"name":"d","type":"bytes"}],"outputs":[]},
          {"type":"event","name":"Transfer","anonymous":false,"inputs":[{"name":"from","type":"address","indexed":true},{"name":"to","type":"address","indexed":true},{"name":"value","type":"uint256","indexed":false}]}
        ]
        """);

    [Test]
    public void Encode_BazSpecExample_MatchesSolidityDocs()
    {
        Assert.That(Hex.Encode(Spec.Encode("baz", 69, true)), Is.EqualTo(Baz));
        Assert.That(Hex.Encode(Spec.Selector("baz")), Is.EqualTo("0xcdcd77c0"));
        Assert.That(Spec.NameOf(Hex.Decode(Baz)), Is.EqualTo("baz"));
    }

    [Test]
    public void Encode_SamSpecExample_MatchesSolidityDocs()
    {
        Assert.That(Hex.Encode(Spec.Encode("sam", "dave"u8.ToArray(), true, new List<object> { 1, 2, 3 })), Is.EqualTo(Sam));
    }

    [Test]
    public void Encode_DynamicSpecExample_MatchesSolidityDocs()
    {
        var encoded = Spec.Encode("f", 0x123, new List<object> { 0x456, 0x789 }, "1234567890"u8.ToArray(), "Hello, world!"u8.ToArray());

        Assert.That(Hex.Encode(encoded), Is.EqualTo(F));
    }

    [Test]
    public void Decode_BoolReturn_ReadsIt()
    {
        Assert.That(Spec.Decode("baz", Hex.Decode("0x" + new string('0', 63) + "1")).Bool(), Is.True);
    }

    [Test]
    public void DecodeEvent_Erc20Transfer_ReadsTopicsAndData()
    {
        var from = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        var to = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        ImmutableArray<Hash32> topics = [Spec.Topic("Transfer"), Word(from), Word(to)];

        var values = Spec.DecodeEvent("Transfer", topics, [.. Hash32.FromBigInteger(1000).ToArray()])!;

        Assert.That(Spec.Topic("Transfer"), Is.EqualTo(Hash32.Parse("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")));
        Assert.That(values.Address("from"), Is.EqualTo(from));
        Assert.That(values.Address("to"), Is.EqualTo(to));
        Assert.That(values.Number("value"), Is.EqualTo(new BigInteger(1000)));
        Assert.That(Spec.DecodeEvent("Transfer", [Keccak256.Hash("Other()")], []), Is.Null);
    }

    private static Hash32 Word(Address address) => new([.. new byte[12], .. address.ToArray()]);
}
