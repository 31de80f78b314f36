using Daisee.Billing.Requester.Chain.Abi;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

public class AbiTypeTests
{
    [TestCase("uint", "uint256", false)]
    [TestCase("int", "int256", false)]
    [TestCase("bytes32[2]", "bytes32[2]", false)]
    [TestCase("string[]", "string[]", true)]
    [TestCase("tuple(address a, bool b)[3]", "(address,bool)[3]", false)]
    [TestCase("(uint8,(bytes,bool))", "(uint8,(bytes,bool))", true)]
    [TestCase("(address facetAddress,uint8 action,bytes4[] functionSelectors)[]", "(address,uint8,bytes4[])[]", true)]
    public void Parse_Text_GivesCanonicalNameAndDynamism(string text, string canonical, bool dynamic)
    {
        var type = AbiType.Parse(text);

        Assert.That(type.CanonicalName, Is.EqualTo(canonical));
        Assert.That(type.IsDynamic, Is.EqualTo(dynamic));
    }

    [TestCase("uint7")]
    [TestCase("bytes33")]
    [TestCase("fixed128x18")]
    [TestCase("uint256[")]
    [TestCase("(uint256")]
    public void Parse_Unsupported_Throws(string text)
    {
        Assert.That(() => AbiType.Parse(text), Throws.InstanceOf<Exception>());
    }

    [Test]
    public void Equality_SameCanonicalName_AreEqual()
    {
        Assert.That(AbiType.Parse("uint"), Is.EqualTo(AbiType.Uint256));
    }
}
