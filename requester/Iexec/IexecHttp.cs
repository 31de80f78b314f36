namespace Daisee.Billing.Requester.Iexec;

/// <summary>The one HttpClient the iExec verbs share (RPC node, market API, IPFS gateway, dataset host).</summary>
public static class IexecHttp
{
    /// <summary>Five minutes per request: result zips and slow gateways.</summary>
    public static HttpClient Client { get; } = new() { Timeout = TimeSpan.FromMinutes(5) };
}
