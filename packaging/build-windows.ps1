# Builds what a nonprofit hands out on Windows (run on Windows 10/11 or a CI runner with
# Python 3.11 + the `packaging` extra in .venv, and Inno Setup 6):
#   powershell -File packaging\build-windows.ps1 [-OutDir dist\windows]
#       [-OrgConfig organization.toml [-OrgLogo logo.png]]
# OutDir gets:
#   ombud-desktop-VERSION-windows-x64-setup.exe     per-user installer (no admin rights)
#   ombud-desktop-VERSION-windows-x64-portable.zip  unzip onto a USB stick: portable mode
#   SHA256SUMS
# Signing: sign-windows.ps1 signs both when WINDOWS_CERT_PFX_BASE64 is set, else skips.
param(
    [string]$OutDir = "dist\windows",
    [string]$OrgConfig = "",
    [string]$OrgLogo = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$Python = if ($env:PYTHON) { $env:PYTHON } else { Join-Path $Root ".venv\Scripts\python.exe" }
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git -C $Root log -1 --format=%ct) }
$env:PYTHONHASHSEED = "0"
$env:QT_QPA_PLATFORM = "offscreen"

New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$Out = (Resolve-Path $OutDir).Path
$Work = Join-Path $Out ".work"
if (Test-Path $Work) { Remove-Item -Recurse -Force $Work }
$Version = (& $Python -c "import ombud_desktop; print(ombud_desktop.__version__)").Trim()

# 1. The one-folder app.
Push-Location $Root  # the catalogue tools live in the repo's tools folder
try { Invoke-Checked $Python @("-m", "tools.i18n.build", "--quiet") } finally { Pop-Location }
Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "$Work\dist", "--workpath", "$Work\pyinstaller",
    (Join-Path $Root "packaging\ombud-desktop.spec"))
$App = Join-Path $Work "dist\ombud-desktop"
$Icon = Join-Path $Work "pyinstaller\ombud-desktop\icons\ombud-desktop.ico"
Invoke-Checked "$App\ombud-desktop-cli.exe" @("--version")
Invoke-Checked "$App\ombud-desktop-cli.exe" @("selftest")
& (Join-Path $PSScriptRoot "windows\sign-windows.ps1") "$App\ombud-desktop.exe" "$App\ombud-desktop-cli.exe"

# 2. Portable zip: the same folder with the portable marker already in place.
$Portable = Join-Path $Work "portable\ombud-desktop"
New-Item -ItemType Directory -Force -Path (Split-Path $Portable) | Out-Null
Copy-Item -Recurse $App $Portable
Set-Content -Path (Join-Path $Portable "ombud-portable") -Value "Cases are kept in the ombud-data folder next to this file."
if ($OrgConfig) { Copy-Item $OrgConfig (Join-Path $Portable "organization.toml") }
if ($OrgLogo) { Copy-Item $OrgLogo $Portable }
# To brand a copy later: rename to organization.toml and edit (the app ignores this name).
Copy-Item (Join-Path $PSScriptRoot "organization.example.toml") $Portable
$Zip = Join-Path $Out "ombud-desktop-$Version-windows-x64-portable.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path $Portable -DestinationPath $Zip

# 3. Installer (Inno Setup 6: on GitHub's windows-2022 image, else `choco install innosetup`).
$Found = Get-Command iscc.exe -ErrorAction SilentlyContinue
$Iscc = if ($Found) { $Found.Source } else { Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found: install it from jrsoftware.org or with choco install innosetup" }
$IsccArgs = @("/Q", "/DAppVersion=$Version", "/DDistDir=$App", "/DOutputDir=$Out", "/DIconFile=$Icon")
if ($OrgConfig) { $IsccArgs += "/DOrgConfig=$((Resolve-Path $OrgConfig).Path)" }
if ($OrgLogo) { $IsccArgs += "/DOrgLogo=$((Resolve-Path $OrgLogo).Path)" }
Invoke-Checked $Iscc ($IsccArgs + @((Join-Path $PSScriptRoot "windows\ombud-desktop.iss")))
$Setup = Join-Path $Out "ombud-desktop-$Version-windows-x64-setup.exe"
& (Join-Path $PSScriptRoot "windows\sign-windows.ps1") $Setup

# 4. Checksums (LF line endings, lower-case hex: the format `sha256sum -c` reads).
$Lines = foreach ($File in @($Setup, $Zip)) {
    "{0}  {1}" -f (Get-FileHash -Algorithm SHA256 $File).Hash.ToLower(), (Split-Path $File -Leaf)
}
[IO.File]::WriteAllText((Join-Path $Out "SHA256SUMS"), (($Lines -join "`n") + "`n"))
Remove-Item -Recurse -Force $Work
Get-Content (Join-Path $Out "SHA256SUMS")
