using System.Text.Json.Nodes;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// Watches the hub for <c>SchedulerNotice</c> as an iExec scheduler does and has the
/// <see cref="LocalWorkerpool"/> run task 0 of the first deal noticed.
/// </summary>
public static class LocalScheduler
{
    /// <summary>Polls logs from <paramref name="fromBlock"/> until a deal is noticed, runs it and returns its task id.</summary>
    public static async Task<Hash32> RunFirstDealAsync(IChainNode node, PocoDeployment deployment, LocalWorkerpool pool, CancellationToken cancellationToken)
    {
        var fromBlock = (string?)await node.RequestAsync("eth_blockNumber", [], cancellationToken) ?? "0x0";
        while (true)
        {
            var filter = new JsonObject
            {
                ["address"] = deployment.Hub.ToLowerHex(),
                ["fromBlock"] = fromBlock,
                ["toBlock"] = "latest",
                ["topics"] = new JsonArray(PocoAbi.SchedulerNotice.Topic.ToString()),
            };
            if (await node.RequestAsync("eth_getLogs", [filter], cancellationToken) is JsonArray { Count: > 0 } logs)
            {
                var data = Hex.Decode((string)logs[0]!["data"]!);
                return await pool.RunAsync(new Hash32(data.AsSpan(0, Hash32.Length)), 0, cancellationToken);
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
