using Daisee.Billing.Requester.Chain.Crypto;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Everything an iExec run needs once connected: the hub, the provider's key, where datasets go, where
/// orders come from, where results are downloaded, the SMS that receives the dataset key of TEE tasks, and the
/// hub reads and claims that follow a deal already bought (<see cref="DealTracker"/>).
/// </summary>
public sealed record IexecSession(
    PocoClient Poco, ISigner Requester, IDatasetStorage Storage, IOrderBook Orders, ResultDownloader Results, IexecRunSettings Settings, SmsClient? Sms = null, DealTracker? Deals = null);
