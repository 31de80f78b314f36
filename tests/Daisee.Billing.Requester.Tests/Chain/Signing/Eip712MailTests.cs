using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Crypto;
using Daisee.Billing.Requester.Chain.Signing;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Signing;

/// <summary>The "Mail" example of EIP-712 (eips.ethereum.org/EIPS/eip-712, assets/eip-712/Example.js).</summary>
public class Eip712MailTests
{
    private const string MailJson = """
        {
          "types": {
            "EIP712Domain": [
              { "name": "name", "type": "string" },
              { "name": "version", "type": "string" },
              { "name": "chainId", "type": "uint256" },
              { "name": "verifyingContract", "type": "address" }
            ],
            "Person": [
              { "name": "name", "type": "string" },
              { "name": "wallet", "type": "address" }
            ],
            "Mail": [
              { "name": "from", "type": "Person" },
              { "name": "to", "type": "Person" },
              { "name": "contents", "type": "string" }
            ]
          },
          "primaryType": "Mail",
          "domain": {
            "name": "Ether Mail",
            "version": "1",
            "chainId": 1,
            "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
          },
          "message": {
            "from": { "name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826" },
            "to": { "name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB" },
            "contents": "Hello, Bob!"
          }
        }
        """;

    private static readonly TypedData Mail = TypedDataJson.Parse(MailJson);

    [Test]
    public void EncodeType_Mail_ListsReferencedTypesAfterPrimary()
    {
        Assert.That(
            TypedDataHasher.EncodeType(Mail.Types, "Mail"),
            Is.EqualTo("Mail(Person from,Person to,string contents)Person(string name,address wallet)"));
    }

    [Test]
    public void TypeHash_Mail_MatchesEip()
    {
        Assert.That(
            TypedDataHasher.TypeHash(Mail.Types, "Mail"),
            Is.EqualTo(Hash32.Parse("0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2")));
    }

    [Test]
    public void DomainSeparator_EtherMail_MatchesEip()
    {
        Assert.That(
            TypedDataHasher.DomainSeparator(Mail),
            Is.EqualTo(Hash32.Parse("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f")));
    }

    [Test]
    public void DomainSeparator_WithoutDomainType_InfersTheSameMembers()
    {
        var withoutDomainType = Mail with { Types = Mail.Types.Remove(TypedDataHasher.DomainTypeName) };

        Assert.That(TypedDataHasher.DomainSeparator(withoutDomainType), Is.EqualTo(TypedDataHasher.DomainSeparator(Mail)));
    }

    [Test]
    public void DomainSeparator_FromDomainRecord_MatchesJson()
    {
        var domain = new Eip712Domain("Ether Mail", "1", 1, Address.Parse("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"));

        Assert.That(domain.Separator(), Is.EqualTo(TypedDataHasher.DomainSeparator(Mail)));
    }

    [Test]
    public void HashStruct_Message_MatchesEip()
    {
        Assert.That(
            TypedDataHasher.HashStruct(Mail.Types, "Mail", Mail.Message),
            Is.EqualTo(Hash32.Parse("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e")));
    }

    [Test]
    public void Digest_Mail_MatchesEip()
    {
        Assert.That(
            TypedDataHasher.Digest(Mail),
            Is.EqualTo(Hash32.Parse("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2")));
    }

    [Test]
    public void Sign_KeccakOfCow_MatchesEipSignature()
    {
        var cow = new Secp256k1Key(Keccak256.Hash("cow").ToArray());

        var signature = TypedDataHasher.Sign(Mail, cow);

        Assert.That(signature.V, Is.EqualTo(28));
        Assert.That(Hash32.FromBigInteger(signature.R), Is.EqualTo(Hash32.Parse("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d")));
        Assert.That(Hash32.FromBigInteger(signature.S), Is.EqualTo(Hash32.Parse("0x07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562")));
    }

    [Test]
    public void Serialize_ThenParse_KeepsTheDigest()
    {
        var again = TypedDataJson.Parse(TypedDataJson.Serialize(Mail));

        Assert.That(TypedDataHasher.Digest(again), Is.EqualTo(TypedDataHasher.Digest(Mail)));
    }

    [Test]
    public void HashStruct_MissingMember_Throws()
    {
        var message = (JsonObject)Mail.Message.DeepClone();
        message.Remove("contents");

        Assert.That(() => TypedDataHasher.HashStruct(Mail.Types, "Mail", message), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void HashStruct_ArraysOfStructs_HashEachElement()
    {
        var types = Mail.Types.SetItem("Group", ImmutableArray.Create(new TypedDataField("members", "Person[]")));
        var person = Mail.Message["from"]!.DeepClone();
        var group = new JsonObject { ["members"] = new JsonArray(person) };
        var expected = Keccak256.Hash(TypedDataHasher.HashStruct(types, "Person", (JsonObject)person).ToArray());

        var actual = TypedDataHasher.HashStruct(types, "Group", group);

        Assert.That(actual, Is.EqualTo(Keccak256.HashConcatenation(TypedDataHasher.TypeHash(types, "Group").ToArray(), expected.ToArray())));
        Assert.That(TypedDataHasher.EncodeType(types, "Group"), Is.EqualTo("Group(Person[] members)Person(string name,address wallet)"));
    }
}
