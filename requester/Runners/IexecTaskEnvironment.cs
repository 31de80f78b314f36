using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// The environment an iExec worker gives the app container of a standard task with one dataset
/// and no input files (iexec-common <c>IexecEnvUtils.getComputeStageEnvMap</c>). Off chain there is
/// no deal: the task and deal ids and the dataset address are derived from the dataset's sha256 and
/// the arguments, so the same run always sees the same values.
/// </summary>
public sealed record IexecTaskEnvironment(string TaskId, string DealId, string DatasetAddress)
{
    public const string InputFolder = "/iexec_in";

    public const string OutputFolder = "/iexec_out";

    public static IexecTaskEnvironment For(string datasetSha256Hex, string iexecArgs)
    {
        var deal = Hash($"deal|{datasetSha256Hex}|{iexecArgs}");
        var task = Hash($"task|{deal}|0");
        return new IexecTaskEnvironment("0x" + task, "0x" + deal, "0x" + datasetSha256Hex[..40]);
    }

    /// <summary>The file name of the dataset under <c>/iexec_in</c>: its address, as on a worker.</summary>
    public string DatasetFileName => DatasetAddress;

    public ImmutableArray<string> Variables() =>
    [
        $"IEXEC_IN={InputFolder}",
        $"IEXEC_OUT={OutputFolder}",
        $"IEXEC_TASK_ID={TaskId}",
        $"IEXEC_DEAL_ID={DealId}",
        "IEXEC_TASK_INDEX=0",
        "IEXEC_BOT_SIZE=1",
        "IEXEC_BOT_FIRST_INDEX=0",
        "IEXEC_BOT_TASK_INDEX=0",
        $"IEXEC_DATASET_ADDRESS={DatasetAddress}",
        $"IEXEC_DATASET_FILENAME={DatasetFileName}",
        "IEXEC_INPUT_FILES_NUMBER=0",
    ];

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
