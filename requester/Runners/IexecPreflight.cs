using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// The checks made before the first transaction, each failure saying what to do: the hub has code, the
/// wallet holds ETH for gas, and for a TEE tag the SMS answers. (The escrow against the price and the
/// dataset URL serving the exact bytes are checked by <see cref="IexecPurchase"/>, as soon as they are known,
/// still before any gas is spent.)
/// </summary>
public static class IexecPreflight
{
    /// <summary>Throws an <see cref="IexecStepException"/> naming the first problem.</summary>
    public static async Task CheckAsync(IexecSession session, DealTracker deals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(deals);
        const string step = "check the chain and the wallet";
        if (!await deals.HubHasCodeAsync(cancellationToken))
        {
            throw new IexecStepException(step, $"No contract at the hub {deals.Hub} on chain {deals.ChainId}: check `hub` in chain.json (or DAISEE_CHAIN names the wrong chain).");
        }

        var requester = session.Requester.Address;
        if (await deals.EthBalanceAsync(requester, cancellationToken) == BigInteger.Zero)
        {
            throw new IexecStepException(step, $"The wallet {requester} has no ETH to pay gas: fund {requester} with ETH on chain {deals.ChainId}, then run the same command again.");
        }

        if (IexecTags.IsTee(session.Settings.Tag))
        {
            var sms = session.Sms ?? throw new IexecStepException(step, "A TEE tag needs the SMS of chain.json (`sms`) to receive the dataset key; this chain has none: add it, or use DAISEE_TAG=0x0.");
            try
            {
                await sms.HasDatasetKeyAsync(Address.Zero, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new IexecStepException(step, $"The SMS of chain.json does not answer ({e.Message}): a TEE task cannot get its dataset key; check `sms` in chain.json.", e);
            }
        }
    }
}
