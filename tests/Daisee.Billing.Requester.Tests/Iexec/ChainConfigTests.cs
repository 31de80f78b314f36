using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Support;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>The repository's chain.json and the SDK 9 rules <see cref="ChainConfig"/> applies.</summary>
public sealed class ChainConfigTests
{
    [Test]
    public void Load_RepositoryChainJson_ArbitrumFromTheSdkDefaultsAndTheLocalAnvil()
    {
        var config = ChainConfig.Load(RepositoryRoot.Combine("chain.json"));

        var mainnet = config.Get();
        var local = config.Get("local");
        Assert.Multiple(() =>
        {
            Assert.That(mainnet.Name, Is.EqualTo("arbitrum-mainnet"));
            Assert.That(mainnet.Id, Is.EqualTo(new System.Numerics.BigInteger(42161)));
            Assert.That(mainnet.Hub, Is.EqualTo(Address.Parse("0x098bfcb1e50ebca0baa92c12ea0c3f045a1ad9f0")));
            Assert.That(mainnet.IexecGateway, Is.EqualTo(new Uri("https://api.market.arbitrum-mainnet.iex.ec")));
            Assert.That(config.Get("arbitrum-sepolia-testnet").Id, Is.EqualTo(new System.Numerics.BigInteger(421614)));
            Assert.That(local.Host, Is.EqualTo(new Uri("http://127.0.0.1:8545")));
            Assert.That(local.Hub, Is.EqualTo(Address.Parse("0x5fc8d32690cc91d4c39d9d3abcbd16989f875707")), "the hub the local stack deploys from anvil's first account");
        });
    }

    [Test]
    public void Parse_Sdk8KeysAndMissingHub_EveryProblemReportedAtOnce()
    {
        const string json = """{"default":"mine","providers":{},"chains":{"mine":{"id":"5","host":"http://x","resultProxy":"http://y"}}}""";

        var e = Assert.Throws<FormatException>(() => ChainConfig.Parse(json));

        Assert.That(e!.Message, Does.Contain("unknown key 'providers'").And.Contain("chains.mine: unknown key 'resultProxy'").And.Contain("chains.mine.hub is missing"));
    }

    [Test]
    public void Get_UnknownChain_ListsTheKnownOnes()
    {
        var config = ChainConfig.Load(RepositoryRoot.Combine("chain.json"));

        var e = Assert.Throws<InvalidOperationException>(() => config.Get("bellecour"));

        Assert.That(e!.Message, Does.Contain("arbitrum-mainnet").And.Contain("local"));
    }
}
