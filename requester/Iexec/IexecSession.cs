using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// Everything an iExec run needs once connected: the hub, the provider's key, where datasets go, where
/// orders come from, where results are downloaded, and the SMS that receives the dataset key of TEE tasks.
/// </summary>
public sealed record IexecSession(
    PocoClient Poco, EthECKey Requester, IDatasetStorage Storage, IOrderBook Orders, ResultDownloader Results, IexecRunSettings Settings, SmsClient? Sms = null);
