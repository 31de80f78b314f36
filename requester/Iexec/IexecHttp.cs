namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The one HttpClient the iExec verbs share (RPC node, market API, SMS, IPFS gateway, dataset
/// host): transient failures are retried by <see cref="TransientRetryHandler"/>, reported on stderr.
/// </summary>
public static class IexecHttp
{
    /// <summary>Ten minutes per request, retries included: result zips and slow gateways.</summary>
    public static HttpClient Client { get; } = Create(RetrySettings.Default, Console.Error);

    /// <summary>A client with its own retry bounds and log.</summary>
    public static HttpClient Create(RetrySettings settings, TextWriter log) =>
        new(new TransientRetryHandler(settings, log) { InnerHandler = new SocketsHttpHandler() }) { Timeout = TimeSpan.FromMinutes(10) };
}
