namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>The <c>opencdc</c> converter: leaves the record as it is, so <c>opencdc/json</c> is OpenCDC JSON.</summary>
internal sealed class OpenCdcConverter : RecordConverter
{
    public static readonly OpenCdcConverter Instance = new();

    private OpenCdcConverter()
    {
    }

    public override string Name => "opencdc";

    public override IReadOnlyList<string> OptionKeys => [];

    public override RecordConverter Configure(IReadOnlyDictionary<string, string> options) => this;

    public override object Convert(Record record) => record;
}
