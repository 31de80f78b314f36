using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>The PoCo ABIs the requester embeds (contracts/poco/) are the npm package's, unchanged.</summary>
public class PocoAbiTests
{
    private static readonly Dictionary<string, string> PackagePaths = new()
    {
        ["IexecInterfaceToken"] = "abis/contracts/IexecInterfaceToken.json",
        ["AppRegistry"] = "abis/contracts/registries/apps/AppRegistry.json",
        ["DatasetRegistry"] = "abis/contracts/registries/datasets/DatasetRegistry.json",
        ["WorkerpoolRegistry"] = "abis/contracts/registries/workerpools/WorkerpoolRegistry.json",
        ["App"] = "abis/contracts/registries/apps/App.json",
        ["Dataset"] = "abis/contracts/registries/datasets/Dataset.json",
        ["Workerpool"] = "abis/contracts/registries/workerpools/Workerpool.json",
    };

    [TestCaseSource(nameof(Names))]
    public void Embedded_File_IsThePackagesAbi(string name)
    {
        var package = PocoPackage.Find(TestContext.CurrentContext.TestDirectory);

        Assert.That(package, Is.Not.Null, "the @iexec/poco package is missing: run scripts/setup.d/40-chain.sh");
        Assert.That(PocoAbi.Text(name), Is.EqualTo(File.ReadAllText(Path.Combine(package!.Root, PackagePaths[name]))));
        Assert.That(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "contracts", "poco", name + ".json")), Is.EqualTo(PocoAbi.Text(name)));
    }

    private static System.Collections.Immutable.ImmutableArray<string> Names() => PocoAbi.Files;
}
