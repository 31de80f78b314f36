using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Deploys the real PoCo 6.1.0 (token flavour, as on Arbitrum) from the npm artifacts on a fresh
/// chain: RLC, the diamond with its cut/loupe/ownership facets and DiamondInit, the orders
/// library, the 14 linked facets cut in one by one (skipping selectors already present), the three
/// registries, <c>configure</c> (which freezes the EIP-712 domain at this chain id) and the five
/// categories XS…XL. The deployer owns everything and holds the whole RLC supply.
/// </summary>
public sealed class PocoDeployer(PocoPackage package, IChainNode node, EthECKey deployer)
{
    /// <summary>The facets, in PoCo's own v6.1.0 order (with the Boost facets it adds off Arbitrum).</summary>
    public static readonly ImmutableArray<string> Facets =
    [
        "IexecAccessorsABILegacyFacet", "IexecCategoryManagerFacet", "IexecConfigurationExtraFacet", "IexecConfigurationFacet",
        "IexecERC20Facet", "IexecEscrowTokenFacet", "IexecOrderManagementFacet", "IexecPoco1Facet", "IexecPoco2Facet",
        "IexecPocoAccessorsFacet", "IexecPocoBoostFacet", "IexecPocoBoostAccessorsFacet", "IexecRelayFacet",
    ];

    /// <summary>Categories (name, workClockTimeRef seconds) as PoCo creates them.</summary>
    public static readonly ImmutableArray<(string Name, int Seconds)> Categories =
        [("XS", 300), ("S", 1200), ("M", 3600), ("L", 10800), ("XL", 36000)];

    /// <summary>The ABIs of the deployed facets and of the hub's published interface, to name calls and decode reverts.</summary>
    public static ImmutableArray<ContractAbi> KnownContracts(PocoPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return [.. PocoAbi.All, .. Facets.Append("DiamondCutFacet").Select(f => package.Load(f).Contract)];
    }

    /// <summary>Runs the whole recipe and checks the result (domain separator, 5 categories).</summary>
    public async Task<PocoDeployment> DeployAsync(CancellationToken cancellationToken)
    {
        var rlc = await CreateAsync(package.Load("RLC").CreationCode(), cancellationToken);
        var hub = await DeployDiamondAsync(cancellationToken);
        var library = await CreateAsync(package.Load("IexecLibOrders_v5").CreationCode(), cancellationToken);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Facets)
        {
            await CutFacetAsync(hub, package.Load(name), library, present, cancellationToken);
        }

        var registries = new List<Address>();
        foreach (var name in (string[])["AppRegistry", "DatasetRegistry", "WorkerpoolRegistry"])
        {
            var registry = await CreateAsync(package.Load(name).CreationCode(), cancellationToken);
            await node.SendAsync(deployer, registry, PocoAbi.AppRegistry.Encode("initialize", Address.Zero), cancellationToken);
            registries.Add(registry);
        }

        await node.SendAsync(deployer, hub, PocoAbi.Hub.Encode(
            "configure",
            rlc, "Staked RLC", "SRLC", 9, registries[0], registries[1], registries[2], Address.Zero), cancellationToken);
        foreach (var (name, seconds) in Categories)
        {
            await node.SendAsync(deployer, hub, PocoAbi.Hub.Encode("createCategory", name, "\"\"", seconds), cancellationToken);
        }

        var deployment = new PocoDeployment(hub, rlc, registries[0], registries[1], registries[2]);
        await CheckAsync(deployment, cancellationToken);
        return deployment;
    }

    private async Task<Address> DeployDiamondAsync(CancellationToken cancellationToken)
    {
        var init = await CreateAsync(package.Load("DiamondInit").CreationCode(), cancellationToken);
        var cuts = new List<object?>();
        foreach (var name in (string[])["DiamondCutFacet", "DiamondLoupeFacet", "OwnershipFacet"])
        {
            var artifact = package.Load(name);
            var facet = await CreateAsync(artifact.CreationCode(), cancellationToken);
            cuts.Add(FacetCut(facet, artifact.Selectors()));
        }

        var initCall = package.Load("DiamondInit").Contract.Encode("init");
        var diamond = package.Load("Diamond");
        return await CreateAsync(diamond.Contract.EncodeDeployment(diamond.CreationCode(), cuts, new object?[] { deployer.Address, init, initCall }), cancellationToken);
    }

    private async Task CutFacetAsync(Address hub, PocoArtifact artifact, Address library, HashSet<string> present, CancellationToken cancellationToken)
    {
        var code = artifact.NeedsLinking ? artifact.Link(library) : artifact.CreationCode();
        var facet = await CreateAsync(code, cancellationToken);
        var selectors = artifact.Selectors().Where(s => present.Add(Hex.Encode(s))).ToImmutableArray();
        if (!selectors.IsEmpty)
        {
            var cut = package.Load("DiamondCutFacet").Contract.Encode("diamondCut", new List<object?> { FacetCut(facet, selectors) }, Address.Zero, Array.Empty<byte>());
            await node.SendAsync(deployer, hub, cut, cancellationToken);
        }
    }

    private async Task CheckAsync(PocoDeployment deployment, CancellationToken cancellationToken)
    {
        var separator = PocoAbi.Hub.Decode("eip712domain_separator", await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("eip712domain_separator"), cancellationToken)).Hash();
        var expected = Chain.Orders.IexecDomain.For(node.ChainId, deployment.Hub).Separator();
        var count = PocoAbi.Hub.Decode("countCategory", await node.CallAsync(deployment.Hub, PocoAbi.Hub.Encode("countCategory"), cancellationToken)).Number();
        if (separator != expected || count != Categories.Length)
        {
            throw new InvalidOperationException($"The PoCo deployment at {deployment.Hub} is not right: domain separator {separator} (expected {expected}), {count} categories.");
        }
    }

    private async Task<Address> CreateAsync(byte[] code, CancellationToken cancellationToken) =>
        (await node.SendAsync(deployer, null, code, cancellationToken)).ContractAddress
        ?? throw new InvalidOperationException("A contract deployment returned no contract address.");

    private static object?[] FacetCut(Address facet, IEnumerable<byte[]> selectors) =>
        [facet, 0, selectors.Select(s => (object?)s).ToList()];
}
