using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// A step of <c>bill --runner iexec</c> that failed, with what to do about it. The runner reports it as
/// "iExec step '&lt;step&gt;' failed: &lt;message&gt;", never as a worker failure.
/// </summary>
public sealed class IexecStepException : Exception
{
    public IexecStepException(string step, string message, Exception? innerException = null)
        : base(message, innerException) => Step = step;

    public IexecStepException()
        : this("run", "The iExec run failed.")
    {
    }

    public IexecStepException(string message)
        : this("run", message)
    {
    }

    public IexecStepException(string message, Exception innerException)
        : this("run", message, innerException)
    {
    }

    /// <summary>The step, in words ("connect to the chain", "match the orders"…).</summary>
    public string Step { get; }

    /// <summary>The message for <paramref name="e"/>, with the remedy for the failures a provider meets.</summary>
    public static string Explain(Exception e, Address requester, BigInteger chainId)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = e.Message;
        if (text.Contains("insufficient funds", StringComparison.OrdinalIgnoreCase))
        {
            return $"{text} — the wallet has no ETH for gas: fund {requester} with ETH on chain {chainId}, then run the same command again.";
        }

        if (e is TransactionRevertedException && text.Contains("exceeds balance", StringComparison.OrdinalIgnoreCase))
        {
            return $"{text} — the escrow lacks RLC: `daisee-request account deposit <nRLC>`, then run the same command again.";
        }

        return e is HttpRequestException ? $"{text} — check the network and the URLs of chain.json, then run the same command again." : text;
    }
}
