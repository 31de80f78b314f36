using System.Net.Http;
using Daisee.Billing.Requester.Chain;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// How <c>--runner iexec</c> and the iExec verbs connect, from the environment:
/// <c>DAISEE_CHAIN_FILE</c> (default <c>chain.json</c>), <c>DAISEE_CHAIN</c> (default: its default chain),
/// the wallet (<see cref="WalletFile"/>), <c>DAISEE_APP</c> (the Daisee app address),
/// <c>DAISEE_WORKERPOOL</c> (optional), <c>DAISEE_TAG</c> (default 0x0 = standard),
/// <c>DAISEE_DATASET_FOLDER</c> + <c>DAISEE_DATASET_URL</c> (where datasets are published).
/// Without <c>DAISEE_APP</c>, the app the iExec SDK's <c>deployed.json</c> of the current folder records for the
/// chain is used (<see cref="SdkProject"/>), as <c>iexec app run</c> does.
/// </summary>
public sealed record IexecOptions(
    string ChainFile, string? ChainName, string Wallet, string? Password, Address? App, Address? Workerpool, Hash32 Tag, string? DatasetFolder, Uri? DatasetUrl)
{
    /// <summary>Reads the options; malformed values are errors naming the variable.</summary>
    public static IexecOptions FromEnvironment(Func<string, string?> environment) =>
        FromEnvironment(environment, new SdkProject(Directory.GetCurrentDirectory()));

    /// <summary>Reads the options; a missing app is taken from <paramref name="project"/>'s deployed.json for the chain.</summary>
    public static IexecOptions FromEnvironment(Func<string, string?> environment, SdkProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var options = FromVariables(environment);
        return options.App is null && File.Exists(Path.Combine(project.Folder, SdkProject.DeployedFile)) && File.Exists(options.ChainFile)
            ? options with { App = project.Deployed("app", options.Chain().Id) }
            : options;
    }

    private static IexecOptions FromVariables(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Address? ReadAddress(string name) => environment(name) is { Length: > 0 } text
            ? Address.TryParse(text.ToLowerInvariant(), out var a) ? a : throw new InvalidOperationException($"{name}='{text}' is not an address.")
            : null;
        var tag = environment("DAISEE_TAG") is { Length: > 0 } t ? IexecTags.Parse(t) : default;
        var url = environment("DAISEE_DATASET_URL") is { Length: > 0 } u
            ? Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed : throw new InvalidOperationException($"DAISEE_DATASET_URL='{u}' is not an absolute URL.")
            : null;
        return new IexecOptions(
            environment("DAISEE_CHAIN_FILE") ?? "chain.json", environment("DAISEE_CHAIN"), WalletFile.Resolve(null, environment),
            environment(WalletFile.PasswordVariable), ReadAddress("DAISEE_APP"), ReadAddress("DAISEE_WORKERPOOL"), tag,
            environment("DAISEE_DATASET_FOLDER"), url);
    }

    /// <summary>The chain entry named by the options.</summary>
    public ChainEntry Chain() => ChainConfig.Load(ChainFile).Get(ChainName);

    /// <summary>Connects to the chain and the hub, unlocks the wallet and builds the session for <c>--runner iexec</c>.</summary>
    public async Task<IexecSession> ConnectAsync(HttpClient http, Func<string> askPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askPassword);
        var chain = Chain();
        var app = App ?? throw new InvalidOperationException("Set DAISEE_APP to the Daisee app's address (docs/iexec.md).");
        var storage = DatasetFolder is { } folder && DatasetUrl is { } url
            ? new FolderDatasetStorage(folder, url)
            : throw new InvalidOperationException("Set DAISEE_DATASET_FOLDER and DAISEE_DATASET_URL: the folder a web server publishes at that https URL (docs/iexec.md).");
        var key = WalletFile.Unlock(Wallet, Password ?? askPassword());
        var node = await ChainRpcNode.ConnectAsync(chain.Host, ChainNodeOptions.Default, PocoAbi.All, cancellationToken);
        var poco = new PocoClient(node, await PocoClient.DiscoverAsync(node, chain.Hub, cancellationToken));
        var market = new MarketApiClient(http, chain.IexecGateway ?? throw new InvalidOperationException($"chain.json: {chain.Name} has no iexecGateway."));
        var results = new ResultDownloader(poco, http, chain.IpfsGateway ?? throw new InvalidOperationException($"chain.json: {chain.Name} has no ipfsGateway."));
        var settings = IexecRunSettings.For(app) with { Tag = Tag };
        var sms = chain.Sms is { } smsUrl ? new SmsClient(http, smsUrl) : null;
        return new IexecSession(poco, key, storage, new OwnAppOrderBook(poco, key, new MarketOrderBook(market, chain.Id, Workerpool)), results, settings, sms);
    }

    /// <summary>Connects and unlocks the wallet, for the verbs that sign (app publish, dataset publish).</summary>
    public async Task<(PocoClient Poco, Nethereum.Signer.EthECKey Key)> ConnectSignerAsync(HttpClient http, Func<string> askPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askPassword);
        var key = WalletFile.Unlock(Wallet, Password ?? askPassword());
        var (poco, _) = await ConnectReadOnlyAsync(http, cancellationToken);
        return (poco, key);
    }

    /// <summary>Connects for reading only (no wallet): result pull and verify.</summary>
    public async Task<(PocoClient Poco, ResultDownloader Results)> ConnectReadOnlyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var chain = Chain();
        var node = await ChainRpcNode.ConnectAsync(chain.Host, ChainNodeOptions.Default, PocoAbi.All, cancellationToken);
        var poco = new PocoClient(node, await PocoClient.DiscoverAsync(node, chain.Hub, cancellationToken));
        return (poco, new ResultDownloader(poco, http, chain.IpfsGateway ?? new Uri("http://127.0.0.1:8080/")));
    }
}
