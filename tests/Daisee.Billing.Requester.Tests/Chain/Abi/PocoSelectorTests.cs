using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Tests.Chain;
using Daisee.Billing.Requester.Iexec;
using NUnit.Framework;

namespace Daisee.Billing.Requester.Tests.Chain.Abi;

/// <summary>Selectors and topics from iexec-protocol.md Appendix B and poco-local-chain.md, and the embedded PoCo ABIs that agree with them.</summary>
public class PocoSelectorTests
{
    [TestCase("matchOrders((address,uint256,uint256,bytes32,address,address,address,bytes32,bytes),(address,uint256,uint256,bytes32,address,address,address,bytes32,bytes),(address,uint256,uint256,bytes32,uint256,uint256,address,address,address,bytes32,bytes),(address,uint256,address,uint256,address,uint256,address,uint256,bytes32,uint256,uint256,address,address,string,bytes32,bytes))", "0x156194d4")]
    [TestCase("viewDeal(bytes32)", "0xb74861b2")]
    [TestCase("viewTask(bytes32)", "0xadccf0d5")]
    [TestCase("viewContribution(bytes32,address)", "0xe741363b")]
    [TestCase("viewConsumed(bytes32)", "0x4b2bec8c")]
    [TestCase("viewAccount(address)", "0x6b55f4a5")]
    [TestCase("viewApp(address)", "0xe1523fb4")]
    [TestCase("viewDataset(address)", "0x1e143ef7")]
    [TestCase("viewWorkerpool(address)", "0xbd8ab058")]
    [TestCase("viewCategory(uint256)", "0x4f5f44ec")]
    [TestCase("domain()", "0xc2fb26a6")]
    [TestCase("eip712domain_separator()", "0x9910fd72")]
    [TestCase("initialize(bytes32,uint256)", "0x5b36c66b")]
    [TestCase("contribute(bytes32,bytes32,bytes32,address,bytes,bytes)", "0x34623484")]
    [TestCase("reveal(bytes32,bytes32)", "0xfc334e8c")]
    [TestCase("finalize(bytes32,bytes,bytes)", "0x8fc375e5")]
    [TestCase("contributeAndFinalize(bytes32,bytes32,bytes,bytes,address,bytes,bytes)", "0x5facd761")]
    [TestCase("claim(bytes32)", "0xbd66528a")]
    [TestCase("deposit(uint256)", "0xb6b55f25")]
    [TestCase("deposit()", "0xd0e30db0")]
    [TestCase("withdraw(uint256)", "0x2e1a7d4d")]
    [TestCase("depositFor(uint256,address)", "0x36efd16f")]
    [TestCase("approveAndCall(address,uint256,bytes)", "0xcae9ca51")]
    [TestCase("receiveApproval(address,uint256,address,bytes)", "0x8f4ffcb1")]
    [TestCase("verifySignature(address,bytes32,bytes)", "0x01751998")]
    [TestCase("resultFor(bytes32)", "0xd09cc57e")]
    [TestCase("createApp(address,string,string,bytes,bytes32,bytes)", "0x3f7868ff")]
    [TestCase("createDataset(address,string,bytes,bytes32)", "0x3354bcdb")]
    [TestCase("createWorkerpool(address,string)", "0xe40238f4")]
    [TestCase("predictApp(address,string,string,bytes,bytes32,bytes)", "0xe92118ed")]
    [TestCase("predictDataset(address,string,bytes,bytes32)", "0xfe17fc7a")]
    [TestCase("configure(address,string,string,uint8,address,address,address,address)", "0xb5521817")]
    [TestCase("createCategory(string,string,uint256)", "0x298503d9")]
    [TestCase("countCategory()", "0xc140996f")]
    [TestCase("diamondCut((address,uint8,bytes4[])[],address,bytes)", "0x1f931c1c")]
    [TestCase("facets()", "0x7a0ed627")]
    [TestCase("owner()", "0x8da5cb5b")]
    [TestCase("transferOwnership(address)", "0xf2fde38b")]
    [TestCase("initialize(address)", "0xc4d66de8")]
    [TestCase("setBaseURI(string)", "0x55f804b3")]
    [TestCase("isRegistered(address)", "0xc3c5a547")]
    [TestCase("setTeeBroker(address)", "0xaefb52b4")]
    [TestCase("setCallbackGas(uint256)", "0x01d09a3c")]
    [TestCase("updateDomainSeparator()", "0x89ccfe89")]
    [TestCase("init()", "0xe1c7392a")]
    public void Selector_PocoFunction_MatchesReference(string signature, string expected)
    {
        Assert.That(Hex.Encode(Keccak256.Hash(signature).ToArray().AsSpan(0, 4)), Is.EqualTo(expected));
    }

    [TestCase("matchOrders", "0x156194d4")]
    [TestCase("viewDeal", "0xb74861b2")]
    [TestCase("viewTask", "0xadccf0d5")]
    [TestCase("viewCategory", "0x4f5f44ec")]
    [TestCase("viewAccount", "0x6b55f4a5")]
    [TestCase("viewConsumed", "0x4b2bec8c")]
    [TestCase("initialize(bytes32,uint256)", "0x5b36c66b")]
    [TestCase("contributeAndFinalize", "0x5facd761")]
    [TestCase("claim", "0xbd66528a")]
    [TestCase("deposit", "0xb6b55f25")]
    [TestCase("configure", "0xb5521817")]
    [TestCase("createCategory", "0x298503d9")]
    [TestCase("countCategory", "0xc140996f")]
    [TestCase("eip712domain_separator", "0x9910fd72")]
    public void Selector_EmbeddedHubAbi_MatchesReference(string function, string expected)
    {
        Assert.That(Hex.Encode(PocoAbi.Hub.Selector(function)), Is.EqualTo(expected));
    }

    [TestCase("createApp", "0x3f7868ff")]
    [TestCase("predictApp", "0xe92118ed")]
    [TestCase("isRegistered", "0xc3c5a547")]
    public void Selector_EmbeddedAppRegistryAbi_MatchesReference(string function, string expected)
    {
        Assert.That(Hex.Encode(PocoAbi.AppRegistry.Selector(function)), Is.EqualTo(expected));
    }

    [TestCase("OrdersMatched", "0xd811b592ed0899225773e8933d8df64bd0b62761a9d7aad4ed5b22735f4610a4")]
    [TestCase("SchedulerNotice", "0x692ad61076dceddd0f1a861f737553dd61fc8501cf4190d29c4e90af6607f765")]
    [TestCase("TaskClaimed", "0xcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff8")]
    public void Topic_EmbeddedHubAbi_MatchesReference(string eventName, string expected)
    {
        Assert.That(PocoAbi.Hub.Topic(eventName), Is.EqualTo(Hash32.Parse(expected)));
    }

    [TestCase("OrdersMatched(bytes32 dealid, bytes32 appHash, bytes32 datasetHash, bytes32 workerpoolHash, bytes32 requestHash, uint256 volume)", "0xd811b592ed0899225773e8933d8df64bd0b62761a9d7aad4ed5b22735f4610a4")]
    [TestCase("SchedulerNotice(address indexed workerpool, bytes32 dealid)", "0x692ad61076dceddd0f1a861f737553dd61fc8501cf4190d29c4e90af6607f765")]
    [TestCase("TaskInitialize(bytes32 indexed taskid, address indexed workerpool)", "0x252992fb0468d68d6a5784ec03214f0d0a362083f2d7ebd157af43b017a22e06")]
    [TestCase("TaskContribute(bytes32 indexed taskid, address indexed worker, bytes32 hash)", "0x3fdb8d7797562d49a81078dbf7fa1771958ea452f8b13d1148383bd9506aecfb")]
    [TestCase("TaskConsensus(bytes32 indexed taskid, bytes32 consensus)", "0xf6d49bf3e05d33a4bc497d3c793fb5756388bb96b947cf51bb60aaecb0e022e3")]
    [TestCase("TaskReveal(bytes32 indexed taskid, address indexed worker, bytes32 digest)", "0x4b1763d473ac8fa80b4432ba90047e1b92444d8fabc55e6a002d9b1a316d7959")]
    [TestCase("TaskFinalize(bytes32 indexed taskid, bytes results)", "0x78ce8a8bc0fcb704e8ba3b3dbb36aa88002df8038128b4af2f27ef65db665044")]
    [TestCase("TaskClaimed(bytes32 indexed taskid)", "0xcbc308b5f91040d2659a5201858344b0b583cd2f9e18e8470c2fa052c5b21ff8")]
    [TestCase("event Transfer(address indexed from, address indexed to, uint256 value)", "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")]
    public void Topic_PocoEvent_MatchesReference(string signature, string expected)
    {
        var canonical = System.Text.RegularExpressions.Regex.Replace(signature.Replace("event ", "", StringComparison.Ordinal).Replace(", ", ",", StringComparison.Ordinal), @"\s+(indexed\s+)?\w+(?=[,)])", "");
        Assert.That(Keccak256.Hash(canonical), Is.EqualTo(Hash32.Parse(expected)));
    }
}
