using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.ABI.EIP712;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Signing;

/// <summary>The "Mail" example of EIP-712 (eips.ethereum.org/EIPS/eip-712, assets/eip-712/Example.js), through Nethereum's typed-data encoder and signer.</summary>
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

    private static readonly EthECKey Cow = new(Keccak256.Hash("cow").ToArray(), true);

    [Test]
    public void DomainSeparator_EtherMail_MatchesEip()
    {
        var hashes = Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(MailJson);

        Assert.That(new Hash32(hashes.DomainHash), Is.EqualTo(Hash32.Parse("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f")));
    }

    [Test]
    public void HashStruct_Message_MatchesEip()
    {
        var hashes = Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(MailJson);

        Assert.That(new Hash32(hashes.MessageHash), Is.EqualTo(Hash32.Parse("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e")));
    }

    [Test]
    public void Digest_Mail_MatchesEip()
    {
        var hashes = Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(MailJson);

        Assert.That(new Hash32(hashes.TypedDataHash), Is.EqualTo(Hash32.Parse("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2")));
    }

    [Test]
    public void TypeHash_Mail_MatchesEip()
    {
        Assert.That(
            Keccak256.Hash("Mail(Person from,Person to,string contents)Person(string name,address wallet)"),
            Is.EqualTo(Hash32.Parse("0xa0cedeb2dc280ba39b857546d74f5549c3a1d7bdc2dd96bf881f76108e23dac2")));
    }

    [Test]
    public void Sign_KeccakOfCow_MatchesEipSignature()
    {
        var signature = Hex.Decode(new Eip712TypedDataSigner().SignTypedDataV4(MailJson, Cow));

        Assert.That(Cow.Address, Is.EqualTo(Address.Parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826")));
        Assert.That(new Hash32(signature.AsSpan(0, 32)), Is.EqualTo(Hash32.Parse("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d")));
        Assert.That(new Hash32(signature.AsSpan(32, 32)), Is.EqualTo(Hash32.Parse("0x07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562")));
        Assert.That(signature[64], Is.EqualTo(28));
    }
}
