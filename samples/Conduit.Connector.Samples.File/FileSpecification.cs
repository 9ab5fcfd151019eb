using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.File;

/// <summary>Describes the file connector to Conduit.</summary>
internal sealed class FileSpecification : Specification
{
    public override string Name => "jsonfile";

    public override string Summary => "Appends every record to a file as one OpenCDC JSON line.";

    public override string Description =>
        "Each record becomes one line in the OpenCDC JSON form (position and raw data base64-encoded). " +
        "A batch is flushed to the operating system before it is acknowledged.";

    public override string Version => "v0.1.0";

    public override string Author => "Conduit Connector SDK for C# contributors";
}
