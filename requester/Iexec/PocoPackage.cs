using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The unpacked <c>@iexec/poco</c> 6.1.0 npm package (<c>scripts/setup.d/40-chain.sh</c> puts it
/// in <c>.tools/poco/package</c>). Facets, the diamond, the library and the registries come
/// from <c>artifacts/</c>; the diamond infrastructure facets, <c>DiamondInit</c> and RLC
/// (bytecode only) from <c>deployments/arbitrum/</c>.
/// </summary>
public sealed class PocoPackage(string root)
{
    /// <summary>The folder under a repository root where the setup script unpacks the package.</summary>
    public const string RelativeFolder = ".tools/poco/package";

    private static readonly ImmutableDictionary<string, string> ArtifactPaths = new Dictionary<string, string>
    {
        ["Diamond"] = "artifacts/contracts/Diamond.sol/Diamond.json",
        ["IexecLibOrders_v5"] = "artifacts/contracts/libs/IexecLibOrders_v5.sol/IexecLibOrders_v5.json",
        ["AppRegistry"] = "artifacts/contracts/registries/apps/AppRegistry.sol/AppRegistry.json",
        ["DatasetRegistry"] = "artifacts/contracts/registries/datasets/DatasetRegistry.sol/DatasetRegistry.json",
        ["WorkerpoolRegistry"] = "artifacts/contracts/registries/workerpools/WorkerpoolRegistry.sol/WorkerpoolRegistry.json",
        ["IexecInterfaceToken"] = "artifacts/contracts/IexecInterfaceToken.sol/IexecInterfaceToken.json",
        ["DiamondCutFacet"] = "deployments/arbitrum/DiamondCutFacet.json",
        ["DiamondLoupeFacet"] = "deployments/arbitrum/DiamondLoupeFacet.json",
        ["OwnershipFacet"] = "deployments/arbitrum/OwnershipFacet.json",
        ["DiamondInit"] = "deployments/arbitrum/DiamondInit.json",
        ["RLC"] = "deployments/arbitrum/RLC.json",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>The package folder (the one holding <c>package.json</c>).</summary>
    public string Root { get; } = root;

    /// <summary>The package under the first ancestor of <paramref name="start"/> that has <see cref="RelativeFolder"/>, or null.</summary>
    public static PocoPackage? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativeFolder);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return new PocoPackage(candidate);
            }
        }

        return null;
    }

    /// <summary>Loads an artifact by contract name (a facet name is looked up under <c>artifacts/contracts/facets/</c>).</summary>
    public PocoArtifact Load(string name)
    {
        var relative = ArtifactPaths.TryGetValue(name, out var known) ? known : $"artifacts/contracts/facets/{name}.sol/{name}.json";
        var path = Path.Combine(Root, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The PoCo artifact {relative} is missing from {Root}: run scripts/setup.d/40-chain.sh.", path);
        }

        var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException($"{path} is not a JSON object.");
        var bytecode = (string?)json["bytecode"] ?? throw new InvalidDataException($"{path} has no bytecode.");
        return new PocoArtifact(name, json["abi"] as JsonArray ?? [], bytecode, ReadLinks(json["linkReferences"] as JsonObject));
    }

    private static ImmutableArray<LinkReference> ReadLinks(JsonObject? references) =>
    [
        .. (references ?? []).SelectMany(source => (source.Value as JsonObject ?? []).SelectMany(library =>
            (library.Value as JsonArray ?? []).OfType<JsonObject>().Select(at =>
                new LinkReference(library.Key, (int?)at["start"] ?? -1, (int?)at["length"] ?? 0)))),
    ];
}
