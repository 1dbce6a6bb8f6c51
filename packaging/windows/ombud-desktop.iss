; Inno Setup 6 script for Ombud Desktop (Windows, 64-bit). Built by build-windows.ps1:
;   iscc /DAppVersion=0.1.0 /DDistDir=C:\...\ombud-desktop /DOutputDir=C:\...\out
;        [/DIconFile=...\ombud-desktop.ico] [/DOrgConfig=...\organization.toml
;        /DOrgLogo=...\logo.png] ombud-desktop.iss
; Installs for the current user only (no administrator rights), into
; %LOCALAPPDATA%\Programs\Ombud Desktop, with a Start-menu entry. Uninstalling removes the
; program and keeps the saved cases unless the person explicitly asks to delete them.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build-windows.ps1 does)
#endif
#ifndef DistDir
  #error Pass /DDistDir=folder of the PyInstaller one-folder app
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

#define AppName "Ombud Desktop"
#define AppExe "ombud-desktop.exe"
; Where the app keeps cases (platformdirs user_data_dir("OmbudDesktop", roaming=False)).
#define DataDirName "OmbudDesktop"

[Setup]
; This product's own identity: never reuse it for another product, never change it
; (upgrades find the installed version through it).
AppId={{A88BA228-41B4-4F7C-B18D-5DA008A52CFD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Ombud Desktop contributors
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install; an administrator may still choose "all users" in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=ombud-desktop-{#AppVersion}-windows-x64-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The same bytes for the same inputs: no build time inside the installer.
TimeStampsInUTC=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef OrgConfig
; A nonprofit's branded build: its settings (and the logo they name) beside the app.
Source: "{#OrgConfig}"; DestDir: "{app}"; DestName: "organization.toml"; Flags: ignoreversion
#endif
#ifdef OrgLogo
Source: "{#OrgLogo}"; DestDir: "{app}"; Flags: ignoreversion
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Prepare Form DHS-7001 for the CIS Ombudsman, offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Cases live outside {app} (in %LOCALAPPDATA%\OmbudDesktop, or in {app}\ombud-data in
  portable mode, which the uninstaller never lists as its own files). Keep them unless
  the person says, in a dialog whose default answer is No, to delete them for good.
  Silent uninstalls never delete cases; /DELETECASES on the command line asks for it. }

function CasesFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataDirName}');
end;

function WantsCasesDeleted(): Boolean;
begin
  if UninstallSilent() then
    Result := Pos('/DELETECASES', Uppercase(GetCmdTail())) > 0
  else
    Result := MsgBox('Ombud Desktop has been removed.' + #13#10#13#10 +
      'Your saved cases are still on this computer, encrypted, in:' + #13#10 +
      CasesFolder() + #13#10#13#10 +
      'Do you also want to DELETE ALL SAVED CASES? This cannot be undone. ' +
      'Choose No to keep them (for example, to install a newer version).',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(CasesFolder()) then
    if WantsCasesDeleted() then
      if not DelTree(CasesFolder(), True, True, True) then
        MsgBox('Some files in ' + CasesFolder() + ' could not be deleted. ' +
          'Close Ombud Desktop and delete the folder by hand.', mbError, MB_OK);
end;
