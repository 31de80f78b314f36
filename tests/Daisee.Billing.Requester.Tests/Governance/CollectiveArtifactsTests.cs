using Daisee.Billing.Requester.Chain;
using System.Text.Json;
using Daisee.Billing.Requester.Chain.Abi;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Tests.Chain.Rpc;

namespace Daisee.Billing.Requester.Tests.Governance;

/// <summary>
/// The committed <c>contracts/out/</c> artifacts: embedded as they are, equal to a fresh solcjs
/// compile of <c>contracts/src/</c>, and matching the signatures the client calls.
/// </summary>
public class CollectiveArtifactsTests
{
    [Test]
    public void Embedded_CommittedFiles_AreTheSame()
    {
        var embedded = CollectiveArtifacts.Embedded();
        var committed = CollectiveArtifacts.FromDirectory(ContractSources.CommittedOut);

        Assert.That(embedded.CreationCode, Is.EqualTo(committed.CreationCode));
        Assert.That(embedded.AbiJson, Is.EqualTo(committed.AbiJson));
        Assert.That(embedded.CreationCode, Is.Not.Empty);
    }

    [Test]
    [Category("Integration")]
    public async Task CommittedArtifacts_FreshSolcCompile_AreIdentical()
    {
        var solc = ContractSources.RequireSolc();
        var root = ContractSources.RepositoryRoot();
        var fresh = Path.Combine(Path.GetTempPath(), "daisee-solc-" + Path.GetRandomFileName());
        try
        {
            var script = Path.Combine(root, "scripts", "contracts", "compile.js");
            await LocalTools.RunAsync("node", [script, solc, fresh], CancellationToken.None);

            foreach (var file in new[] { "DaiseeCollective.abi", "DaiseeCollective.bin" })
            {
                Assert.That(
                    await File.ReadAllTextAsync(Path.Combine(fresh, file)),
                    Is.EqualTo(await File.ReadAllTextAsync(Path.Combine(ContractSources.CommittedOut, file))),
                    $"contracts/out/{file} is stale: run scripts/contracts/build.sh and commit it.");
            }
        }
        finally
        {
            if (Directory.Exists(fresh))
            {
                Directory.Delete(fresh, recursive: true);
            }
        }
    }

    [Test]
    public void CollectiveErrors_All_AreExactlyTheAbiErrors()
    {
        var fromAbi = AbiEntries("error").Select(entry => Signature(entry, withOutputs: false)).Order(StringComparer.Ordinal);

        var fromClient = CollectiveArtifacts.Abi.Errors.Select(error => error.Name + "(" + string.Join(',', error.InputParameters.Select(p => p.Type)) + ")").Order(StringComparer.Ordinal);

        Assert.That(fromClient, Is.EqualTo(fromAbi));
    }

    private static IEnumerable<JsonElement> AbiEntries(string type)
    {
        using var abi = JsonDocument.Parse(CollectiveArtifacts.Embedded().AbiJson);
        return [.. abi.RootElement.EnumerateArray().Where(entry => entry.GetProperty("type").GetString() == type).Select(entry => entry.Clone())];
    }

    private static string Signature(JsonElement entry, bool withOutputs)
    {
        static string Types(JsonElement parameters) =>
            string.Join(',', parameters.EnumerateArray().Select(parameter => parameter.GetProperty("type").GetString()));

        var signature = $"{entry.GetProperty("name").GetString()}({Types(entry.GetProperty("inputs"))})";
        return withOutputs ? signature + "->" + Types(entry.GetProperty("outputs")) : signature;
    }
}
