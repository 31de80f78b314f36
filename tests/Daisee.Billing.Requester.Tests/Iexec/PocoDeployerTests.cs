using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Tests.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec;

[Category("Integration")]
public sealed class PocoDeployerTests
{
    [Test]
    public async Task DeployAsync_FreshAnvil_HubAnswersWithItsDomainRegistriesAndToken()
    {
        var chain = await LocalChain.GetAsync();
        var hub = chain.Deployment.Hub;

        var separator = PocoAbi.Hub.Decode("eip712domain_separator", await chain.Node.CallAsync(hub, PocoAbi.Hub.Encode("eip712domain_separator"), default)).Hash();
        var token = PocoAbi.Hub.Decode("token", await chain.Node.CallAsync(hub, PocoAbi.Hub.Encode("token"), default)).Address();
        var apps = PocoAbi.Hub.Decode("appregistry", await chain.Node.CallAsync(hub, PocoAbi.Hub.Encode("appregistry"), default)).Address();
        var supply = await new PocoClient(chain.Node, chain.Deployment).BalanceOfAsync(TestAccounts.Deployer.Address, default);

        Assert.Multiple(() =>
        {
            Assert.That(separator, Is.EqualTo(IexecDomain.For(31337, hub).Separator()));
            Assert.That(token, Is.EqualTo(chain.Deployment.Rlc));
            Assert.That(apps, Is.EqualTo(chain.Deployment.AppRegistry));
            Assert.That(supply, Is.EqualTo(System.Numerics.BigInteger.Parse("87000000000000000", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Configure_CalledTwice_RevertsWithTheContractsReason()
    {
        var chain = await LocalChain.GetAsync();
        var call = PocoAbi.Hub.Encode("configure", chain.Deployment.Rlc, "x", "y", 9, chain.Deployment.AppRegistry, chain.Deployment.DatasetRegistry, chain.Deployment.WorkerpoolRegistry, Requester.Chain.Address.Zero);

        var error = await Assert.ThrowsAsync<TransactionRevertedException>(() => chain.Node.SendAsync(TestAccounts.Deployer, chain.Deployment.Hub, call, default));

        Assert.That(error!.Message, Does.StartWith("configure reverted: ").And.Contain("already-configured"));
    }
}
