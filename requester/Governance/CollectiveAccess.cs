using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// What the governance verbs share: the chain of <c>chain.json</c> (<see cref="IexecOptions.Chain"/>), the
/// wallet that signs (<c>DAISEE_WALLET</c>, or none for reading) and the collective's address
/// (<c>--collective</c>, else <see cref="AddressVariable"/>). The node decodes reverts of the collective and of PoCo.
/// </summary>
public sealed class CollectiveAccess : IDisposable
{
    /// <summary>The environment variable holding the deployed <c>DaiseeCollective</c> address (printed by <c>collective deploy</c>).</summary>
    public const string AddressVariable = "DAISEE_COLLECTIVE";

    private readonly ChainRpcNode _node;
    private readonly ChainEntry _chain;

    private CollectiveAccess(ChainRpcNode node, ChainEntry chain, EthECKey key)
    {
        _node = node;
        _chain = chain;
        Key = key;
    }

    /// <summary>The signing account; a fresh, unfunded key when opened for reading.</summary>
    public EthECKey Key { get; }

    public IChainNode Node => _node;

    /// <summary>Connects; <paramref name="askPassword"/> null opens for reading only (no wallet).</summary>
    public static async Task<CollectiveAccess> OpenAsync(IexecOptions options, Func<string>? askPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chain = options.Chain();
        var key = askPassword is null ? ChainKeys.Generate() : WalletFile.Unlock(options.Wallet, options.Password ?? askPassword());
        var node = await ChainRpcNode.ConnectAsync(chain.Host, ChainNodeOptions.Default, [CollectiveArtifacts.Abi, .. PocoAbi.All], cancellationToken);
        return new CollectiveAccess(node, chain, key);
    }

    /// <summary>The address from <paramref name="option"/>, else the environment; an error says how to set it.</summary>
    public static Address ResolveAddress(string? option, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (text, source) = option is { Length: > 0 } ? (option, "--collective") : (environment(AddressVariable), AddressVariable);
        if (text is not { Length: > 0 })
        {
            throw new InvalidOperationException($"No collective configured: pass --collective <address> or set {AddressVariable} (printed by 'collective deploy').");
        }

        return Address.TryParse(text.ToLowerInvariant(), out var address)
            ? address
            : throw new InvalidOperationException($"{source}='{text}' is not an address.");
    }

    public DaiseeCollectiveClient Collective(Address contract) => new(_node, Key, contract);

    /// <summary>The iExec hub of the chain, for reading tasks and deals.</summary>
    public async Task<PocoClient> PocoAsync(CancellationToken cancellationToken) =>
        new(_node, await PocoClient.DiscoverAsync(_node, _chain.Hub, cancellationToken));

    public void Dispose() => _node.Dispose();
}
