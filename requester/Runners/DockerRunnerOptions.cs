namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// Where the Docker runner finds the engine and the Dapp image, and the limits it puts on the
/// container: <paramref name="MemoryBytes"/> (no swap beyond it) and <paramref name="Timeout"/>,
/// the wall-clock limit after which the container is killed, as an iExec worker does at the end of
/// the category's <c>workClockTimeRef</c>.
/// </summary>
public sealed record DockerRunnerOptions(Uri Endpoint, string Image, long MemoryBytes, TimeSpan Timeout)
{
    /// <summary>The tag <c>scripts/docker/build-image.sh</c> gives the image it builds.</summary>
    public const string DefaultImage = "daisee/worker:local";

    public static readonly Uri DefaultEndpoint = new("unix:///var/run/docker.sock");

    /// <summary>1 GiB: the sample collective needs about 100 MB.</summary>
    public const long DefaultMemoryBytes = 1L << 30;

    /// <summary>300 s, the <c>workClockTimeRef</c> of iExec's smallest category (XS).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(300);

    /// <summary>
    /// The defaults, with <c>DOCKER_HOST</c> (the Docker CLI's own variable) for the engine and
    /// <c>DAISEE_WORKER_IMAGE</c> for the image when they are set.
    /// </summary>
    public static DockerRunnerOptions FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var host = environment("DOCKER_HOST");
        var image = environment("DAISEE_WORKER_IMAGE");
        return new DockerRunnerOptions(
            string.IsNullOrWhiteSpace(host) ? DefaultEndpoint : new Uri(host),
            string.IsNullOrWhiteSpace(image) ? DefaultImage : image,
            DefaultMemoryBytes,
            DefaultTimeout);
    }
}
