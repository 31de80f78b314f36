using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

public class AbiEventTests
{
    private static readonly AbiEvent Transfer =
        AbiEvent.Parse("event Transfer(address indexed from, address indexed to, uint256 value)");

    private static readonly AbiEvent TaskFinalize =
        AbiEvent.Parse("TaskFinalize(bytes32 indexed taskid, bytes results)");

    [Test]
    public void Decode_Erc20Transfer_ReadsTopicsAndData()
    {
        var from = Address.Parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        var to = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        Hash32[] topics = [Transfer.Topic, Word(from), Word(to)];
        var data = AbiEncoder.Encode([AbiType.Uint256], [1000]);

        var values = Transfer.Decode(topics, data);

        Assert.That(values.GetAddress(0), Is.EqualTo(from));
        Assert.That(values.GetAddress(1), Is.EqualTo(to));
        Assert.That(values.GetInteger(2), Is.EqualTo(new BigInteger(1000)));
    }

    [Test]
    public void Decode_IndexedBytes32AndDynamicData_KeepsDeclarationOrder()
    {
        var taskId = Hash32.Parse("0xb54b1334b15481ba78f32b406d8942766d7fe67a240df1e1f670be0d850fed52");
        var results = "{\"storage\":\"ipfs\"}"u8.ToArray();

        var values = TaskFinalize.Decode([TaskFinalize.Topic, taskId], AbiEncoder.Encode([AbiType.Bytes], [results]));

        Assert.That(values.GetHash32(0), Is.EqualTo(taskId));
        Assert.That(values.GetBytes(1), Is.EqualTo(results));
    }

    [Test]
    public void Matches_OtherEventsTopic_IsFalse()
    {
        Assert.That(Transfer.Matches([TaskFinalize.Topic, default, default]), Is.False);
        Assert.That(() => Transfer.Decode([TaskFinalize.Topic, default, default], []), Throws.TypeOf<FormatException>());
    }

    private static Hash32 Word(Address address) => new(AbiEncoder.Encode([AbiType.Address], [address]));
}
