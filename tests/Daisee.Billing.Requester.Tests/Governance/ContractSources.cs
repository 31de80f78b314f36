namespace Daisee.Billing.Requester.Tests.Governance;

/// <summary>
/// The repository's <c>contracts/</c> folder and the pinned solcjs
/// (<c>.tools/solc/</c>, <c>scripts/setup.d/45-solc.sh</c>) above the test directory.
/// </summary>
internal static class ContractSources
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "contracts", "src", "DaiseeCollective.sol")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("contracts/src/DaiseeCollective.sol not found above the test directory.");
    }

    public static string CommittedOut => Path.Combine(RepositoryRoot(), "contracts", "out");

    /// <summary>The solc module directory; without it a developer's run is ignored and CI (CI=true) fails.</summary>
    public static string RequireSolc()
    {
        var solc = Path.Combine(RepositoryRoot(), ".tools", "solc", "node_modules", "solc");
        if (File.Exists(Path.Combine(solc, "package.json")))
        {
            return solc;
        }

        const string Message = "solcjs is not installed: run scripts/setup.d/45-solc.sh.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI needs the compiler: " + Message);
        }

        Assert.Ignore(Message);
        return "";
    }
}
