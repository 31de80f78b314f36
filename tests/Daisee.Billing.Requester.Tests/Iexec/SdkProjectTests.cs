using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Tests.Iexec;

/// <summary>The iExec SDK's project files as the SDK 9.0.1 writes them (deployed.json copied from an `iexec dataset deploy` run).</summary>
public sealed class SdkProjectTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("daisee-sdkproject-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Deployed_FileWrittenByTheSdk_AddressOfTheChain()
    {
        File.WriteAllText(Path.Combine(_folder, "deployed.json"), "{\n  \"dataset\": {\n    \"31337\": \"0xA5666d4DC60b8877e7e363fa178b971d6A9dC9eB\"\n  }\n}");
        var project = new SdkProject(_folder);

        Assert.That(project.Deployed("dataset", 31337), Is.EqualTo(Address.Parse("0xa5666d4dc60b8877e7e363fa178b971d6a9dc9eb")));
        Assert.That(project.Deployed("dataset", 42161), Is.Null);
        Assert.That(project.Deployed("app", 31337), Is.Null);
    }

    [Test]
    public void Deployed_NoFile_Null() => Assert.That(new SdkProject(_folder).Deployed("app", 31337), Is.Null);

    [TestCase("{\"app\": {\"31337\": 12}}", "app.31337 is not an address")]
    [TestCase("{\"app\": ", "is not valid JSON (line 1)")]
    [TestCase("[1]", "is not a JSON object")]
    public void Deployed_Malformed_ErrorNamesFileAndField(string text, string message)
    {
        File.WriteAllText(Path.Combine(_folder, "deployed.json"), text);

        var e = Assert.Throws<FormatException>(() => new SdkProject(_folder).Deployed("app", 31337));

        Assert.That(e!.Message, Does.Contain(Path.Combine(_folder, "deployed.json")).And.Contain(message));
    }

    [Test]
    public void AppField_RepositoryIexecJson_TheImageAndDigest()
    {
        var project = new SdkProject(RepositoryRoot.Combine());

        Assert.That(project.AppField("multiaddr"), Is.EqualTo("docker.io/daisee/billing-worker:0.1.0"));
        Assert.That(project.AppField("checksum"), Is.EqualTo("0x0015a34ef684d698c73bd1b8f7ed41ab53ac47289510e9fa9c3847936b5c2604"));
        Assert.That(project.AppField("mrenclave"), Is.Empty);
    }

    [Test]
    public void WriteDeployed_ThenRead_SameAddresses()
    {
        var app = Address.Parse("0x7ed8033a3d04d84862c09d4ce15c0fbec775fbea");
        var pool = Address.Parse("0x158330269fc0ea7399687f16074f2c0643bf5693");
        var project = new SdkProject(_folder);

        project.WriteDeployed(31337, new Dictionary<string, Address> { ["workerpool"] = pool, ["app"] = app });

        Assert.That(File.ReadAllText(Path.Combine(_folder, "deployed.json")), Is.EqualTo(
            "{\n  \"app\": {\n    \"31337\": \"0x7Ed8033A3d04d84862C09D4ce15c0fbEC775fBEA\"\n  },\n  \"workerpool\": {\n    \"31337\": \"0x158330269fC0Ea7399687f16074F2c0643BF5693\"\n  }\n}\n"));
        Assert.That((project.Deployed("app", 31337), project.Deployed("workerpool", 31337)), Is.EqualTo((app, pool)));
    }
}
