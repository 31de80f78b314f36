using System.Diagnostics;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;
using Daisee.Billing.Requester.Iexec;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// Plays the workerpool of a standard (tag 0, trust 1) deal as an iExec scheduler + worker do:
/// initializes the task, downloads the dataset from its on-chain URL and checks its checksum,
/// runs the real worker with the iExec contract, adds stdout.txt/stderr.txt, computes the digest
/// of computed.json's deterministic-output-path, zips /iexec_out and serves it as
/// <c>/ipfs/&lt;taskid&gt;</c>, signs the worker authorisation and calls contributeAndFinalize.
/// A TEE deal (tag bit 0, as every order the iExec SDK 9 signs) is run only with a <see cref="LocalSms"/>: the pool
/// then plays the enclave too — it decrypts the dataset with the key pushed to that SMS (as the TDX pre-compute
/// does) and signs the result with a fresh enclave key per task (the enclave challenge the scheduler authorises).
/// No attestation happens: this proves the protocol and the SDK's flow, not the confidentiality a real TDX pool gives.
/// </summary>
public sealed class LocalWorkerpool(IChainNode node, PocoDeployment deployment, LoopbackFileServer files, EthECKey scheduler, EthECKey worker, HttpClient http, LocalSms? sms = null)
{
    public static string WorkerAssembly => Path.Combine(AppContext.BaseDirectory, Requester.Runners.LocalRunner.WorkerAssemblyName);

    /// <summary>Runs task <paramref name="index"/> of <paramref name="dealId"/> to COMPLETED; returns the task id.</summary>
    public async Task<Hash32> RunAsync(Hash32 dealId, BigInteger index, CancellationToken cancellationToken)
    {
        await node.SendAsync(scheduler, deployment.Hub, PocoAbi.Hub.Encode("initialize(bytes32,uint256)", dealId, index), cancellationToken);
        var taskId = IexecIds.TaskId(dealId, index);
        var deal = await new PocoClient(node, deployment).ViewDealAsync(dealId, cancellationToken);
        var dataset = deal.Dataset;
        var parameters = deal.Params;
        var work = Directory.CreateTempSubdirectory("daisee-wp-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work.FullName, "iexec_in"));
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "iexec_out"));
            var tee = IexecTags.IsTee(deal.Tag);
            await DownloadDatasetAsync(dataset, tee, Path.Combine(input.FullName, dataset.ToLowerHex()), cancellationToken);
            await RunWorkerAsync(taskId, dataset, Arguments(parameters), input.FullName, output.FullName, cancellationToken);
            var digest = ResultDigest.Compute(DeterministicOutput(output.FullName));
            var location = "/ipfs/" + taskId;
            files.Put(location, ResultFiles.Zip(output.FullName));
            var results = Encoding.UTF8.GetBytes($"{{ \"storage\": \"ipfs\", \"location\": \"{location}\" }}");
            var enclave = tee ? EthECKey.GenerateKey() : null;
            var challenge = enclave is null ? Address.Zero : Address.Parse(enclave.GetPublicAddress());
            var authorization = WorkerAuthorization.Sign(scheduler, worker.Address, taskId, challenge);
            var enclaveSign = enclave is null ? [] : WorkerAuthorization.SignResult(enclave, worker.Address, taskId, digest);
            await node.SendAsync(worker, deployment.Hub, PocoAbi.Hub.Encode(
                "contributeAndFinalize",
                taskId, digest, results, Array.Empty<byte>(), challenge, enclaveSign, authorization), cancellationToken);
            return taskId;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task DownloadDatasetAsync(Address dataset, bool tee, string target, CancellationToken cancellationToken)
    {
        if (dataset.IsZero)
        {
            return;
        }

        var url = Encoding.UTF8.GetString(PocoAbi.Dataset.Decode("m_datasetMultiaddr", await node.CallAsync(dataset, PocoAbi.Dataset.Encode("m_datasetMultiaddr"), cancellationToken)).Bytes().AsSpan());
        var checksum = PocoAbi.Dataset.Decode("m_datasetChecksum", await node.CallAsync(dataset, PocoAbi.Dataset.Encode("m_datasetChecksum"), cancellationToken)).Hash();
        var bytes = await http.GetByteArrayAsync(new Uri(url), cancellationToken);
        if (new Hash32(SHA256.HashData(bytes)) != checksum)
        {
            throw new InvalidOperationException($"DATASET_FILE_BAD_CHECKSUM: {url} does not hash to {checksum}.");
        }

        if (tee)
        {
            var key = (sms ?? throw new InvalidOperationException("A TEE deal needs the local SMS: this workerpool has none."))
                .DatasetKey(dataset) ?? throw new InvalidOperationException($"The SMS holds no key for dataset {dataset}: the pre-compute cannot decrypt it.");
            bytes = DatasetEncryption.Decrypt(bytes, key);
        }

        await File.WriteAllBytesAsync(target, bytes, cancellationToken);
    }

    private static async Task RunWorkerAsync(Hash32 taskId, Address dataset, string[] arguments, string input, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", WorkerAssembly, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["IEXEC_IN"] = input;
        start.Environment["IEXEC_OUT"] = output;
        start.Environment["IEXEC_TASK_ID"] = taskId.ToString();
        start.Environment["IEXEC_DATASET_ADDRESS"] = dataset.ToLowerHex();
        start.Environment["IEXEC_DATASET_FILENAME"] = dataset.ToLowerHex();
        start.Environment["IEXEC_INPUT_FILES_NUMBER"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The worker failed ({process.ExitCode}): {await stderr}");
        }

        await File.WriteAllTextAsync(Path.Combine(output, "stdout.txt"), await stdout, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(output, "stderr.txt"), await stderr, cancellationToken);
    }

    /// <summary>The worker prepends its host output folder to an in-container /iexec_out path; a process run already wrote a host path.</summary>
    private static string DeterministicOutput(string output)
    {
        using var computed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "computed.json")));
        var path = computed.RootElement.GetProperty("deterministic-output-path").GetString()!;
        return path.StartsWith("/iexec_out", StringComparison.Ordinal) ? output + path["/iexec_out".Length..] : path;
    }

    /// <summary>iexec_args split on spaces as the worker's CommandLineUtils does (no quotes used here).</summary>
    private static string[] Arguments(string parameters)
    {
        using var json = JsonDocument.Parse(parameters);
        var args = json.RootElement.TryGetProperty("iexec_args", out var a) ? a.GetString() ?? string.Empty : string.Empty;
        return args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
