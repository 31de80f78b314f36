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

        var separator = PocoAbi.DomainSeparator.DecodeOutput(await chain.Node.CallAsync(hub, PocoAbi.DomainSeparator.EncodeCall(), default)).GetHash32(0);
        var token = PocoAbi.Token.DecodeOutput(await chain.Node.CallAsync(hub, PocoAbi.Token.EncodeCall(), default)).GetAddress(0);
        var apps = PocoAbi.AppRegistry.DecodeOutput(await chain.Node.CallAsync(hub, PocoAbi.AppRegistry.EncodeCall(), default)).GetAddress(0);
        var supply = PocoAbi.BalanceOf.DecodeOutput(await chain.Node.CallAsync(token, PocoAbi.BalanceOf.EncodeCall(AnvilAccounts.Deployer.Address), default)).GetInteger(0);

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
        var call = PocoAbi.Configure.EncodeCall(chain.Deployment.Rlc, "x", "y", 9, chain.Deployment.AppRegistry, chain.Deployment.DatasetRegistry, chain.Deployment.WorkerpoolRegistry, Requester.Chain.Address.Zero);

        var error = await Assert.ThrowsAsync<TransactionRevertedException>(() => chain.Node.SendAsync(AnvilAccounts.Deployer, chain.Deployment.Hub, call, default));

        Assert.That(error!.Message, Does.StartWith("configure reverted: ").And.Contain("already-configured"));
    }
}
