# Authenticode-signs the given files when a code-signing certificate is configured;
# otherwise says so and leaves them unsigned (exit 0), so unsigned test builds work.
#   WINDOWS_CERT_PFX_BASE64  the .pfx certificate, base64-encoded (a CI secret)
#   WINDOWS_CERT_PASSWORD    its password
#   WINDOWS_TIMESTAMP_URL    optional RFC 3161 timestamp server (signtool contacts it over
#                            the network; without it signatures expire with the certificate)
param([Parameter(ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:WINDOWS_CERT_PFX_BASE64) {
    Write-Host "sign-windows: WINDOWS_CERT_PFX_BASE64 is not set - left unsigned: $($Files -join ', ')"
    exit 0
}
$Found = Get-Command signtool.exe -ErrorAction SilentlyContinue
$SignTool = if ($Found) { $Found.Source } else { $null }
if (-not $SignTool) {
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1 -ExpandProperty FullName
}
if (-not $SignTool) { throw "signtool.exe not found: install the Windows SDK" }

$TempDir = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }
$Pfx = Join-Path $TempDir "ombud-signing-$PID.pfx"
[IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
try {
    $SignArgs = @("sign", "/fd", "SHA256", "/f", $Pfx, "/p", $env:WINDOWS_CERT_PASSWORD)
    if ($env:WINDOWS_TIMESTAMP_URL) { $SignArgs += @("/tr", $env:WINDOWS_TIMESTAMP_URL, "/td", "SHA256") }
    & $SignTool @SignArgs @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed ($LASTEXITCODE)" }
    & $SignTool verify /pa @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed ($LASTEXITCODE)" }
} finally {
    Remove-Item -Force $Pfx -ErrorAction SilentlyContinue
}
