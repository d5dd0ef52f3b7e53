<?xml version="1.0" encoding="UTF-8"?>
<PlanCorpsRueSimplifie xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns="http://cnig.gouv.fr/pcrs" gml:id="gml_7b184858-d150-4794-98f2-bcc3c045f24a" version="2.0" xsi:schemaLocation="http://cnig.gouv.fr/pcrs ../CNIG_PCRS_v2.0.xsd">
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions" xmlns:pcrs="http://cnig.gouv.fr/pcrs">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_c1d8ea33-dd4a-4ebe-b1e8-4716d7a9374e">
			<idHabillage>idh_9d69301d-b1ea-4bd5-bfdb-a4db12dcd1b9</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_c1d8ea33-dd4a-4ebe-b1e8-4716d7a9374e-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_c1d8ea33-dd4a-4ebe-b1e8-4716d7a9374e-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846461.40294247 5181620.26421486 269.15 1846461.57465479 5181621.09187108 269.18 1846461.76227556 5181621.05618161 269.18 1846462.56884251 5181625.33455055 269.3</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_c18020c3-1caa-4d94-9a06-245d7c76d9ab">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_dae4db2b-ade9-4ac8-9486-a6a576f89365</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_c18020c3-1caa-4d94-9a06-245d7c76d9ab-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846467.60847126 5181624.45113219 269.25 1846467.7622474 5181624.42417611 269.28</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<FacadePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_9b380e1b-444b-42b2-bce2-70e984d07494">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_ead584a6-305c-4778-9654-dfa25173fa51</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_9b380e1b-444b-42b2-bce2-70e984d07494-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846462.56884251 5181625.33455055 269.3 1846462.73141223 5181625.30605299 269.29</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</FacadePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_1f568671-b08b-4f3a-a822-7c93128ae605">
			<idHabillage>idh_162bd375-6990-4a56-9815-a1b5b2e80be3</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_1f568671-b08b-4f3a-a822-7c93128ae605-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_1f568671-b08b-4f3a-a822-7c93128ae605-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846484.84943974 5181668.05525906 269.54 1846484.82200187 5181668.04558452 269.535</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<SeuilPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_c735c9ef-9bc5-4b43-bd65-a6ce18012307">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_c095de5f-2952-459f-afea-a8077a49512b</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_c735c9ef-9bc5-4b43-bd65-a6ce18012307-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846462.73141223 5181625.30605299 269.29 1846467.60847126 5181624.45113219 269.25</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</SeuilPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<SeuilPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_52ccc3b1-d487-4d7f-aec2-45bd821f56bd">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_386ea858-f385-44b3-ad0e-254c91af6e18</idObjet>
			<thematique>02</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_52ccc3b1-d487-4d7f-aec2-45bd821f56bd-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846445.71523933 5181628.36979433 269.04 1846440.85387844 5181629.21183445 269.11</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</SeuilPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_5bc3655f-ab6b-427f-9caf-f3345e596997">
			<idHabillage>idh_ab9e5e38-10c7-4235-9250-586ee3b41363</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_5bc3655f-ab6b-427f-9caf-f3345e596997-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_5bc3655f-ab6b-427f-9caf-f3345e596997-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846461.50693315 5181619.47641772 269.13 1846461.62447876 5181620.22605624 269.15 1846461.40294247 5181620.26421486 269.15</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_59202a90-cbb9-4f0f-9604-ab3fca831d5a">
			<idHabillage>idh_ca6bb44b-4a7a-4ae9-a491-72ab6bfa5eb0</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_59202a90-cbb9-4f0f-9604-ab3fca831d5a-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_59202a90-cbb9-4f0f-9604-ab3fca831d5a-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846440.85387844 5181629.21183445 269.11 1846439.91190352 5181624.81569611 269.09 1846439.7401912 5181623.98803989 269.07 1846439.58651389 5181624.01644965 269.08</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_d134f8fc-371d-4dc9-9644-6c2b70f55a8d">
			<idHabillage>idh_a369f59d-2006-4498-90a7-f380d429f2b4</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_d134f8fc-371d-4dc9-9644-6c2b70f55a8d-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_d134f8fc-371d-4dc9-9644-6c2b70f55a8d-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846445.4557102 5181622.27621188 269.1 1846445.0925212 5181620.08198328 268.93</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_479ee410-90a3-4c76-bdb8-ac5b3978ff58">
			<idHabillage>idh_f3b6114c-9211-40cb-9bce-9696f5d5780c</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_479ee410-90a3-4c76-bdb8-ac5b3978ff58-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_479ee410-90a3-4c76-bdb8-ac5b3978ff58-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846489.63481587 5181665.55769379 269.58 1846488.06665236 5181664.95981881 269.61</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_c177733d-0e08-473f-8dab-15065ccee8b3">
			<idHabillage>idh_e9c8df89-515c-41ef-9ef3-980d7a53c929</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_c177733d-0e08-473f-8dab-15065ccee8b3-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_c177733d-0e08-473f-8dab-15065ccee8b3-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846447.51399379 5181619.68054893 268.94 1846447.60281849 5181619.75998867 268.98 1846447.66703447 5181619.89444089 269.01 1846447.79502782 5181620.63499487 269.01 1846447.97206039 5181621.85904862 269.14</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<ArbrePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_00470833-0325-49d0-9073-91ca45c892a2">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_9bb4fae1-45a5-4cab-987b-5f6acb54a99c</idObjet>
			<thematique>06</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Point gml:id="gml_00470833-0325-49d0-9073-91ca45c892a2-0" srsName="EPSG:3946" srsDimension="3">
					<gml:pos>1846487.5641661 5181663.16052781 269.68</gml:pos>
				</gml:Point>
			</geometrie>
			<reference/>
		</ArbrePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<LimiteVoiriePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_e4790bf8-b35a-4709-bf06-ab8ba9aaf0bb">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_d40c8627-d1f7-4145-a9fa-ab6ec726ebb6</idObjet>
			<thematique>03</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_e4790bf8-b35a-4709-bf06-ab8ba9aaf0bb-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846456.39625893 5181618.02134252 269 1846455.97812859 5181618.09609547 268.99 1846452.92134745 5181618.64243301 268.97 1846449.89165744 5181619.19780093 268.95 1846447.59342761 5181619.66738031 268.95 1846447.51399379 5181619.68054893 268.94 1846445.0925212 5181620.08198328 268.93 1846443.34463729 5181620.37174937 268.92 1846439.58590425 5181621.04969437 268.9</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
		</LimiteVoiriePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<HabillageLignesPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_07b4cf94-93bd-462b-8364-64a5213e6656">
			<idHabillage>idh_31de9bfb-8295-481a-82ba-1a87ef93879e</idHabillage>
			<thematique>03</thematique>
			<geometrie>
				<gml:MultiCurve gml:id="gml_07b4cf94-93bd-462b-8364-64a5213e6656-0" srsName="EPSG:3946" srsDimension="3">
					<gml:curveMember>
						<gml:Curve gml:id="gml_07b4cf94-93bd-462b-8364-64a5213e6656-1">
							<gml:segments>
								<gml:LineStringSegment>
									<gml:posList>1846459.48177201 5181619.81667934 269.21 1846447.97206039 5181621.85904862 269.14 1846445.4557102 5181622.27621188 269.1 1846445.56456322 5181622.96595248 269.09</gml:posList>
								</gml:LineStringSegment>
							</gml:segments>
						</gml:Curve>
					</gml:curveMember>
				</gml:MultiCurve>
			</geometrie>
		</HabillageLignesPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<MurPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_cb84db41-073d-4739-a7b9-a1481b2aae84">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_240e26c1-d551-4010-ac5b-884432d110c9</idObjet>
			<thematique>05</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Curve gml:id="gml_cb84db41-073d-4739-a7b9-a1481b2aae84-0" srsName="EPSG:3946" srsDimension="3">
					<gml:segments>
						<gml:LineStringSegment>
							<gml:posList>1846485.37315922 5181664.1031833 269.5 1846483.46226747 5181663.41857248 269.25</gml:posList>
						</gml:LineStringSegment>
					</gml:segments>
				</gml:Curve>
			</geometrie>
			<typeMur>01</typeMur>
		</MurPCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<ArbrePCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_a26bc819-7804-4dbb-8a79-1e1daa0ec9fb">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_1efd340d-7526-4dc1-b2b4-9c287044428d</idObjet>
			<thematique>06</thematique>
			<qualiteCategorisation>01</qualiteCategorisation>
			<precisionPlanimetrique>005</precisionPlanimetrique>
			<precisionAltimetrique>005</precisionAltimetrique>
			<producteur>Immergis</producteur>
			<geometrie>
				<gml:Point gml:id="gml_a26bc819-7804-4dbb-8a79-1e1daa0ec9fb-0" srsName="EPSG:3946" srsDimension="3">
					<gml:pos>1846446.40805932 5181620.85885129 269.15</gml:pos>
				</gml:Point>
			</geometrie>
			<reference/>
		</ArbrePCRS>
	</featureMember>
	<featureMember xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:fn="http://www.w3.org/2005/xpath-functions">
		<MurPCRS xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:pcrs-i="http://cnig.gouv.fr/pcrs-information" xmlns:gts="http://www.isotc211.org/2005/gts" gml:id="gml_a96f82af-c485-403e-87d1-500add529612">
			<dateLeve>2019-12-31</dateLeve>
			<idObjet>ido_4af94539-9daa-4f6e-a2e7-7ab08ee2da1c</idObjet>
			<thematique>05</thematique>
			<qualiteCat