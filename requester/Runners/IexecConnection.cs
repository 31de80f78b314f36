using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Connects <c>--runner iexec</c> from <see cref="IexecOptions"/>, turning each way it fails into a message
/// naming the step and what to fix: a configuration missing, the RPC unreachable (which URL, which chain.json),
/// a node on another chain than chain.json says.
/// </summary>
public static class IexecConnection
{
    public static async Task<IexecSession> ConnectAsync(IexecOptions options, HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ChainEntry chain;
        try
        {
            chain = options.Chain();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or FormatException)
        {
            throw new IexecStepException("read the configuration", $"{e.Message} (DAISEE_CHAIN_FILE={options.ChainFile}, docs/iexec.md).", e);
        }

        IexecSession session;
        try
        {
            session = await options.ConnectAsync(http, () => options.Password ?? string.Empty, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new IexecStepException("connect to the chain",
                $"The RPC {chain.Host} (chain '{chain.Name}' of {options.ChainFile}) does not answer ({e.Message}): check the node, or `host` in {options.ChainFile}.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new IexecStepException("read the configuration", e.Message, e);
        }

        if (session.Poco.Node.ChainId != chain.Id)
        {
            throw new IexecStepException("connect to the chain", $"The RPC {chain.Host} serves chain {session.Poco.Node.ChainId}, but {options.ChainFile} says '{chain.Name}' is chain {chain.Id}: fix `host` or `id`.");
        }

        return session;
    }
}
