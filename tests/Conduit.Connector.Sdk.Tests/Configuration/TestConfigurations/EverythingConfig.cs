namespace Conduit.Connector.Sdk.Tests.Configuration.TestConfigurations;

/// <summary>A codec.</summary>
public enum Compression
{
    /// <summary>No compression.</summary>
    None,

    /// <summary>Gzip.</summary>
    Gzip,

    /// <summary>Zstandard, fast level.</summary>
    [ParameterValue("zstd-fast")]
    ZstdFast,
}

/// <summary>Every supported property type and attribute, for the runtime tests.</summary>
[ConnectorConfiguration]
public sealed partial class EverythingConfig
{
    /// <summary>
    /// The URL of the   server,
    /// e.g. <c>http://localhost</c>. See <see cref="Port"/>.
    /// </summary>
    [Required]
    public string Url { get; init; } = string.Empty;

    /// <summary>The port.</summary>
    [GreaterThan(0)]
    [LessThan(65536)]
    public int Port { get; init; } = 5432;

    /// <summary>The largest payload.</summary>
    public long MaxBytes { get; init; }

    /// <summary>A ratio.</summary>
    public double Ratio { get; init; } = 0.5;

    /// <summary>A scale.</summary>
    public float Scale { get; init; } = 1.5f;

    /// <summary>Whether it is on.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How long to wait.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How often to poll.</summary>
    [Default("1m")]
    public TimeSpan Interval { get; init; }

    /// <summary>The codec.</summary>
    public Compression Compression { get; init; } = Compression.Gzip;

    /// <summary>The codec when the first fails.</summary>
    public Compression? Fallback { get; init; }

    /// <summary>A certificate.</summary>
    [FilePath]
    public string? CertFile { get; init; }

    /// <summary>The tables.</summary>
    public IReadOnlyList<string> Tables { get; init; } = ["a", "b"];

    /// <summary>The partitions.</summary>
    public int[] Partitions { get; init; } = [];

    /// <summary>Waits between retries.</summary>
    public List<TimeSpan>? Backoffs { get; init; }

    /// <summary>Codecs to try.</summary>
    public IReadOnlyList<Compression> Codecs { get; init; } = [];

    /// <summary>Credentials.</summary>
    public Auth Auth { get; init; } = new();

    /// <summary>HTTP headers.</summary>
    [Parameter("headers")]
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-collection options.</summary>
    public Dictionary<string, CollectionOptions> Collections { get; init; } = [];

    /// <summary>A limit.</summary>
    public int? Limit { get; init; }

    /// <summary>A comment.</summary>
    public string? Comment { get; init; }

    /// <summary>A token.</summary>
    [Sensitive]
    [Regex("^[a-z]+$")]
    public string? Token { get; init; }

    /// <summary>The mode.</summary>
    [Inclusion("fast", "safe")]
    public string Mode { get; init; } = "safe";

    /// <summary>The user.</summary>
    [Exclusion("admin", "root")]
    public string User { get; init; } = string.Empty;

    /// <summary>The batch size.</summary>
    [Parameter("sdk.batch.size")]
    public int BatchSize { get; init; }

    /// <summary>A small number.</summary>
    public byte Level { get; init; } = 3;
}

/// <summary>Credentials.</summary>
public sealed class Auth
{
    /// <summary>The user name.</summary>
    public string User { get; init; } = "guest";

    /// <summary>The password.</summary>
    [Sensitive]
    public string? Password { get; init; }
}

/// <summary>Options of one collection.</summary>
public sealed class CollectionOptions
{
    /// <summary>The format.</summary>
    [Default("json")]
    [Inclusion("json", "avro")]
    public string Format { get; init; } = string.Empty;

    /// <summary>The priority.</summary>
    public int Priority { get; init; }
}
